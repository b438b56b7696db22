# List slicing, slice assignment and deletion through subscripts: copies, reversals,
# same-size and resizing assignments, extended slices and CPython's error messages.
import sys

base = list(range(8))
for s in (slice(None), slice(None, None, -1), slice(3, None, -1), slice(0, None, -1),
          slice(-1, None, -1), slice(100, None, -1), slice(None, -100, -1), slice(2, 6),
          slice(6, 2), slice(-100, 100), slice(100, 200), slice(1, None, 3),
          slice(-2, -7, -2), slice(None, None, sys.maxsize), slice(None, None, -sys.maxsize),
          slice(-10 ** 30, 10 ** 30), slice(10 ** 30, -10 ** 30, -1), slice(True, 5, True)):
    print(s, base[s], tuple(base)[s])

# A copy is independent of the original in both directions.
a = [1, [2], 3]
b = a[:]
b[0] = 10
a[2] = 30
a[1].append(4)
print(a, b, a[:] == a, a[:] is a)
c = a[::-1]
c.append(0)
print(a, c)

# fannkuch's flip: same-size assignment of a reversed prefix.
perm = [3, 1, 4, 0, 2]
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    print(perm)
    k = perm[0]

# Same-size and resizing simple-slice assignment, from lists, tuples, the list itself, iterators.
for target, value in ((slice(0, 2), [9, 9]), (slice(1, 3), (7, 7, 7)), (slice(2, 2), [5]),
                      (slice(5, 1), "ab"), (slice(None), []), (slice(-2, None), iter([6, 6])),
                      (slice(100, 200), [1]), (slice(-100, 1), range(3))):
    l = list(range(6))
    l[target] = value
    print(target, l)
l = [1, 2, 3]
l[:] = l
print(l)
l[1:2] = l
print(l)
l[::-1] = l
print(l)
l[::2] = l[1::2] + [0]
print(l)

# Extended slices need an exactly matching size.
for target, value in ((slice(None, None, 2), [1, 2]), (slice(None, None, -1), [1] * 7),
                      (slice(1, 1, 2), [1]), (slice(None, None, 2), 5), (slice(0, 4, 1), 5),
                      (slice(None, None, -3), []), (slice(None, None, 0), [])):
    l = list(range(6))
    try:
        l[target] = value
        print(target, l)
    except (ValueError, TypeError) as e:
        print(target, type(e).__name__, e)
l = list(range(6))
l[5:0:-2] = "abc"
print(l)
l[-1:-7:-1] = range(6)
print(l)
try:
    l[:] = 3
except TypeError as e:
    print("TypeError", e)
try:
    l["a":] = []
except TypeError as e:
    print("TypeError", e)

# Deleting slices and indexes.
for target in (slice(None), slice(None, None, 2), slice(None, None, -2), slice(3, 0, -1),
               slice(10, 20), slice(-3, None), 0, -1, 5):
    l = list(range(6))
    del l[target]
    print(target, l)
for bad in (6, -7, 10 ** 20, "x"):
    try:
        del l[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# Subclasses keep their own __setitem__.
class L(list):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)
m = L([1, 2, 3])
m[:2] = [5, 6]
m[::-1] = [7, 8, 9]
print(m)

# list.insert / list.pop edge cases (fannkuch rotates with insert(r, pop(0))).
p = list(range(5))
for r in (1, 2, 4, 5, 100, -1, -100, 0):
    p.insert(r, p.pop(0))
    print(r, p)
for i in (0, -1, 2, -2):
    print(p.pop(i), p)
for bad in ((10,), (-10,), (10 ** 30,), ("a",), (1, 2)):
    try:
        p.pop(*bad)
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError", e)
q = []
for i in (10 ** 30, -10 ** 30):
    try:
        q.insert(i, "big")
    except OverflowError as e:
        print("OverflowError", e)
q.insert(sys.maxsize, "end")
q.insert(-sys.maxsize - 1, "start")
q.insert(True, "bool")
print(q)
try:
    q.insert("0", 1)
except TypeError as e:
    print("TypeError", e)
try:
    q.insert(0)
except TypeError as e:
    print("TypeError", e)

# The most negative step counts as -sys.maxsize (no overflow negating it).
m = -sys.maxsize - 1
print([1, 2, 3][::m], (1, 2, 3)[::m], "abc"[::m], [1, 2, 3][m:m:m], [1, 2, 3][-m::m])
print(slice(None, None, m).indices(5), slice(m, m, m).indices(5), range(5)[::m])
l = [1, 2, 3]
l[::m] = [9]
print(l)
del l[::m]
print(l)

# A list subclass on the right of a slice assignment is iterated (its __iter__ runs), as in CPython.
class Rev(list):
    def __iter__(self):
        print("Rev.__iter__")
        return reversed(list(self.copy()))
l = [0, 0, 0, 0]
l[1:3] = Rev([1, 2])
print(l)
l[::2] = Rev([5, 6])
print(l)
l[:] = (7, 8)
print(l)

# bytes and bytearray share the slice-bound rules.
b = bytearray(b"abcdef")
print(b"abc"[::m], b[::m], b[m:m:m], b[::-1], b[4::-2])
b[::m] = b"Z"
print(b)
del b[::m]
print(b)
b[1:3] = b"xyz"
print(b, b"hello"[1:4], b"hello"[::2])
