# Calls that leave trailing parameters to their defaults take the plain-call path: defaults are
# read at call time, mutable defaults are shared, and errors keep CPython's messages.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print([f(i) for i in range(3)], f(9, 8), f(1, 2, []))
f.__defaults__ = (20, [0, 0])
print(f(1), f(1, 2))
f.__defaults__ = ([],)
print(f(1, 5))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def moved(self, dx, dy=0, dz=0):
        return Point(self.x + dx, self.y + dy, self.z + dz)

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.z)


p = Point()
for _ in range(3):
    p = p.moved(1)
print(p, Point(1), Point(1, 2), p.moved(1, 1, 1))
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(5, 2)))


def outer():
    k = 10

    def inner(x, y=1):
        return x + y + k
    return [inner(i) for i in range(3)]


print(outer())


def counter(start, *, step=1):
    return start + step


try:
    counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(counter(1))
