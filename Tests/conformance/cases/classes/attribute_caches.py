# Attribute reads that inline caches serve: class attributes, classmethods, staticmethods,
# module attributes, builtin methods, __slots__ members, and sites that see several classes.
import math


class Meta(type):
    tag = "meta"

    @property
    def shadow(cls):
        return "meta property"


class C(metaclass=Meta):
    K = 1
    shadow = "class value"

    @classmethod
    def make(cls, a):
        return (cls.__name__, a)

    @staticmethod
    def twice(a):
        return a * 2

    def plain(self):
        return 5


class D(C):
    pass


for i in range(3):
    print(C.K, D.K, C.make(i), D.make(i), C.twice(i), C.plain(C()), C.tag, C.shadow, D.shadow)
    C.K += 1
D.K = "own"
print(C.K, D.K)
del D.K
print(D.K)


class Desc:
    def __init__(self, v):
        self.v = v


class Holder:
    item = Desc(3)


def read_item():
    return Holder.item


print(type(read_item()).__name__)
Desc.__get__ = lambda self, obj, owner: ("got", self.v)
print(read_item())

print(math.sqrt(4), math.pi)
saved = math.pi
math.pi = 3
print(math.pi)
del math.pi
try:
    math.pi
except AttributeError as e:
    print(e)
math.pi = saved

items = []
for i in range(3):
    items.append(i)
print(items)


class L(list):
    pass


ll = L()
ll.append = lambda v: print("own append", v)
ll.append(3)
print(len(ll))


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Q(P):
    __slots__ = ("z",)


def read_y(o):
    try:
        return o.y
    except AttributeError as e:
        return str(e)


for i in range(3):
    p = P(i)
    q = Q(i + 10)
    print(p.x, q.x, read_y(p), read_y(q))
    p.y = i * 2
    q.y = 5
    q.z = 7
    print(p.y, q.y, q.z, read_y(p))
    del p.y
    print(read_y(p))
    try:
        p.w = 1
    except AttributeError as e:
        print(e)


class Base:
    def get(self):
        return self.v


class A(Base):
    def __init__(self):
        self.v = "A"


class B(Base):
    def __init__(self):
        self.v = "B"


class CV(Base):
    v = "C-class"


class DP(Base):
    @property
    def v(self):
        return "D-prop"


class E(Base):
    def __init__(self):
        self.v = "E"


class F(Base):
    __slots__ = ("v",)

    def __init__(self):
        self.v = "F-slot"


objs = [A(), B(), CV(), DP(), E(), F(), A(), CV()]
for _ in range(3):
    print([o.get() for o in objs])
Base.get = lambda self: "patched " + str(self.v)
print([o.get() for o in objs])
CV.v = "C-changed"
print([o.get() for o in objs])
