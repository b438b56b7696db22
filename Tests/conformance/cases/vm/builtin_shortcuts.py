# len, isinstance and list.append run without argument arrays in their usual forms: results, list
# subclasses, unbound calls, and every error from the real functions.
class MyList(list):
    pass

class Counted(list):
    def append(self, x):
        super().append(x * 10)

class Sized:
    def __len__(self):
        return 3

class BadLen:
    def __len__(self):
        return -1

xs = []
for i in range(5):
    xs.append(i)
m = MyList()
m.append("a")
c = Counted()
c.append(2)
list.append(xs, "unbound")
bound = xs.append
bound("bound")
print(xs, m, c, len(xs), len(m), len("héllo"), len({1: 2}), len(Sized()), len(range(10**20 + 1) if False else range(7)))
print(isinstance(1, int), isinstance(True, int), isinstance(m, list), isinstance(m, (str, MyList)), isinstance(1.5, (int, (str, float))))
for bad in (lambda: len(5), lambda: len(BadLen()), lambda: len(), lambda: len(1, 2), lambda: isinstance(1, 2),
            lambda: isinstance(1), lambda: list.append(5, 1), lambda: list.append(xs), lambda: xs.append(),
            lambda: xs.append(1, 2), lambda: list.append("s", 1)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError", e)

# One-argument math functions called without an argument array, and their errors.
import math
print(math.sin(1.0), math.cos(0), math.sqrt(16), math.exp(1), math.fabs(-2), math.sqrt(True))
for bad in (lambda: math.sqrt(-1), lambda: math.sin("x"), lambda: math.exp(1000), lambda: math.sin(x=1),
            lambda: math.sin(), lambda: math.sin(1, 2), lambda: math.acos(2), lambda: math.sin(10**400)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5
p = P(3.0)
try:
    p.norm()
except AttributeError as e:
    print("AttributeError", e)
p.y = 4.0
print(p.norm(), p.x, p.y)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
