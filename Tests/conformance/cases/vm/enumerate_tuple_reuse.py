# enumerate() and zip() reuse their tuple once the consumer has dropped it: a tuple anyone still
# holds (a list, a name, a dict) keeps its values, and results match a fresh tuple per step.
import sys
data = ["a", "b", "c", "d"]
print(list(enumerate(data)), list(enumerate(data, 5)))
kept = []
for pair in enumerate(data):
    kept.append(pair)
print(kept)
for i, x in enumerate(data):
    print(i, x, end="; ")
print()
held = None
for t in enumerate(data):
    if held is None:
        held = t
print(held, dict(enumerate(data)))
it = enumerate(data)
a = next(it); b = next(it)
print(a, b, a is b)
c = next(it)
del c
d = next(it)
print(d)
e = enumerate([object()])
v = next(e)[1]
print(sys.getrefcount(v) - 2 >= 0)
big = enumerate(data, 2**63 - 2)
print(list(big))
print(sum(i * len(s) for i, s in enumerate(data)))
print([(i, j) for i, j in enumerate(range(3))], {k: v for k, v in enumerate("xy")})

# zip() reuses its tuples the same way; strict lengths are still checked.
names, nums = ["x", "y", "z"], [1, 2, 3]
print(list(zip(names, nums)), dict(zip(names, nums)))
kept = [t for t in zip(names, nums, names)]
print(kept)
for n, v in zip(names, nums):
    print(n, v, end=" ")
print()
z = zip(names, nums)
first = next(z)
second = next(z)
print(first, second, first is second)
try:
    list(zip(names, [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip()), list(zip(names)), sum(a * b for a, b in zip(nums, nums)))
