s = {5, 3, 1, 3, 5}
print(s, len(s), 3 in s, 4 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 9}))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1, 2]))
c = set(); c.add(10); c.add(2); c.update([4, 8]); print(c)
c.discard(100); c.remove(2); print(c)
try:
    c.remove(100)
except KeyError as e:
    print("KeyError", e)
print(set(), set(range(5)), {0, -1, 7, 2}, sorted({9, 4, 7}))
print(c.pop() in {4, 8, 10}, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
