# Slice assignment when iterating the value resizes the list (bounds are re-clamped as CPython does),
# and when releasing a replaced item runs a generator's finally that changes the list.
l = [1, 2, 3, 4, 5]
class Shrink:
    def __init__(self, items, new):
        self.items, self.new = items, new
    def __iter__(self):
        l[:] = self.new
        return iter(self.items)
l[1:4] = Shrink([7, 8, 9], [])
print(l)
l = [1, 2, 3, 4, 5]
l[1:4] = Shrink([7, 8, 9], [0, 0])
print(l)
l = [1, 2, 3, 4, 5]
l[3:5] = Shrink([7, 8], [0, 0, 0, 0, 0, 0, 0])
print(l)
l = [1, 2, 3, 4, 5]
l[4:1] = Shrink([7], [0, 0])
print(l)
l = [1, 2, 3, 4, 5, 6]
l[::2] = Shrink([7, 8, 9], [0, 0, 0, 0, 0])
print(l)
l = [1, 2, 3, 4]
try:
    l[::-1] = Shrink([7, 8, 9, 10, 11, 12], [0] * 12)
except ValueError as e:
    print("ValueError", e)
print(l)

def g(target):
    try:
        yield 1
    finally:
        print("finally sees", target)
        target.append("appended")
for target in (slice(0, 2), slice(0, 1), slice(0, 2, 1), slice(None, None, 2), slice(None)):
    l = []
    it = g(l)
    next(it)
    l.extend([it, "x", "end"])
    del it
    n = len(range(*target.indices(3)))
    l[target] = ["new"] * n
    print(target, l)
