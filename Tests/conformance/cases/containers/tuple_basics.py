t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index("two"), (1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2, 3) == (1, 2, 3), (1,) == 1)
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
