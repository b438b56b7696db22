# Attribute loads, stores and method loads that hit the instruction's cache exactly (same class,
# same layout, attribute in an inline field) run in place: each way the hit can stop holding, and
# balanced reference counts.
import sys

class Point:
    scale = 10
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
    def shifted(self):
        return self.x + 1

def read_all(points):
    out = []
    for p in points:
        out.append((p.x, p.y, p.norm(), p.shifted()))
    return out

ps = [Point(i, i + 1) for i in range(4)]
print(read_all(ps))
print(read_all(ps))

# An instance attribute that shadows the method: the method load must see it.
shadow = Point(2, 3)
shadow.norm = lambda: "instance callable"
print(read_all([ps[0], shadow, ps[1]])[1][2])

# The class changes (new version): a class attribute now shadowed by nothing, then a method replaced.
def scale_of(p):
    return p.scale
print([scale_of(p) for p in ps])
Point.scale = 20
print([scale_of(p) for p in ps])
ps[0].scale = "own"
print([scale_of(p) for p in ps])
Point.norm = lambda self: "replaced"
print(read_all(ps[:2]))

# Layouts: the same attribute at another position, and beyond the inline fields.
class Wide:
    pass
def fill(obj, names):
    for n in names:
        setattr(obj, n, n.upper())
    return obj
w1 = fill(Wide(), "abcdefgh")
w2 = fill(Wide(), "hgfedcba")
def read_h(o):
    return o.h, o.a, o.g
print(read_h(w1), read_h(w2), read_h(w1), read_h(w2))

# Stores over existing attributes, alternating layouts, and one that frees the old value (a weakref
# callback reports it).
import weakref
class Noisy:
    pass
def store(o, v):
    o.a = v
for _ in range(3):
    store(w1, 1)
    store(w2, 2)
print(w1.a, w2.a)
holder = Point(Noisy(), 0)
watch = weakref.ref(holder.x, lambda r: print("freed old value"))
def reset_x(p):
    p.x = None
reset_x(holder)
print("after reset", holder.x, watch())

# A dict-mode instance (its __dict__ was taken) and a class with __slots__ take the general paths.
d = Point(5, 6)
vars(d)["z"] = 7
print(d.x, d.z, d.norm())
class Slots:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
s = Slots()
def bump(o):
    o.x = o.x + 1
    return o.x
print(bump(s), bump(s))

# Deleting an attribute changes the layout: the next load raises as CPython does.
q = Point(1, 2)
def get_y(p):
    return p.y
print(get_y(q), get_y(q))
del q.y
try:
    get_y(q)
except AttributeError as e:
    print("AttributeError:", e)

# Reference counts stay balanced through many hits.
value = object()
holder2 = Point(value, 0)
before = sys.getrefcount(value)
for _ in range(1000):
    holder2.x
    holder2.x = holder2.x
print(sys.getrefcount(value) - before)

# Adding attributes in __init__ (the cache remembers the layout each store moves to): the same order
# every time, a branch that adds one more, past the inline fields, and an instance whose layout
# another store already moved on.
class Grow:
    def __init__(self, extra, many):
        self.a = 1
        self.b = [2]
        if extra:
            self.c = 3
        self.d = 4
        if many:
            self.e, self.f, self.g, self.h = 5, 6, 7, 8
objs = [Grow(i % 3 == 0, i % 4 == 0) for i in range(12)]
print([sorted(vars(o)) for o in objs[:5]])
print([(o.a, o.b, o.d, getattr(o, "c", None), getattr(o, "h", None)) for o in objs])
late = Grow(False, False)
late.d = "changed"
late.z = "added"
print(vars(late))
shared = [9]
before = sys.getrefcount(shared)
def make(v):
    g = Grow(False, False)
    g.b = v
    return g
def build(v):
    return [make(v) for _ in range(50)]
kept = build(shared)
print(sys.getrefcount(shared) - before, len(kept))
del kept
print(sys.getrefcount(shared) - before)

# One site seeing several classes (a base-class method run on subclasses' instances), more
# classes than the cache keeps, each with its own layout; then one class changes.
class Shape:
    def describe(self):
        return (self.name, self.size, self.area())
def make_shape(i):
    def area(self):
        return self.size * (i + 1)
    cls = type("S%d" % i, (Shape,), {"area": area})
    s = cls()
    if i % 2:
        s.extra = i
    s.name = "s%d" % i
    s.size = i
    return s
shapes = [make_shape(i) for i in range(7)]
print([s.describe() for s in shapes])
print([s.describe() for s in shapes[::-1]])
type(shapes[2]).area = lambda self: "changed"
print([s.describe()[2] for s in shapes])

# __slots__ members: reads and writes through the cache, an unset member, a deleted one, and a
# subclass adding members.
class P3:
    __slots__ = ("x", "y", "z")
    def __init__(self, i):
        self.x = i
        self.y = i * 2.0
    def norm(self):
        return self.x + self.y
class P4(P3):
    __slots__ = ("w",)
def total(points):
    t = 0
    for p in points:
        p.x = p.x + 1
        t += p.norm()
    return t
pts = [P3(i) for i in range(5)] + [P4(9)]
print(total(pts), total(pts))
def read_z(p):
    return p.z
for p in (pts[0], pts[-1]):
    try:
        read_z(p)
    except AttributeError as e:
        print("AttributeError:", e)
pts[0].z = "set"
print(read_z(pts[0]))
del pts[0].z
try:
    read_z(pts[0])
except AttributeError as e:
    print("AttributeError:", e)
