# Sets of ints built by add, update, set(generator) and clear, printed at every size up to
# several resizes: the iteration order depends on the table size, as in CPython.
s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
    if len(s) in (1, 4, 5, 8, 9, 18, 19, 20):
        print(len(s), s)
t = set(x * 13 % 64 for x in range(40))
print(len(t), t)
t.clear()
print(t, len(t))
t.update(range(50, 0, -3))
print(t)
for n in range(12):
    print(n, set(range(n, 3 * n, 2)), len(set(v % 8 + v for v in range(n))))
u = {1, 2, 3}
for i in range(3):
    u.discard(i)
    u.add(i + 100)
print(u, set(u), frozenset(u) == u)
