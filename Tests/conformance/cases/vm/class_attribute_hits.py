# `Class.name` and `Global.name` read where the class lies when the caches hit: class changes,
# rebound globals, metaclasses, descriptors and values that gain a __get__ all behave as without.
import sys

class Direction:
    FORWARD = 1
    BACKWARD = -1
    label = "dir"

class Strength:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Strength(%d)" % self.n
Strength.REQUIRED = Strength(0)

def forward():
    return Direction.FORWARD, Strength.REQUIRED

def via_local(cls):
    return cls.FORWARD, cls.label

print([forward() for _ in range(3)], via_local(Direction))
Direction.FORWARD = 2
print(forward(), via_local(Direction))
Strength.REQUIRED = Strength(5)
print(forward())

# The value's class gains __get__: the attribute becomes a descriptor call.
def get(self, obj, owner):
    return "descriptor result"
Strength.__get__ = get
print(forward())
del Strength.__get__
print(forward())

# The global is rebound to another class, then to a module, then to an instance.
class Other:
    FORWARD = "other"
saved = Direction
Direction = Other
print(forward()[0])
import math as Direction
try:
    forward()
except AttributeError as e:
    print("AttributeError:", e)
class WithForward:
    FORWARD = "instance sees class attribute"
Direction = WithForward()
print(forward()[0])
Direction = saved

# Classmethods, staticmethods, properties and functions read from the class.
class Kinds:
    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__
    @staticmethod
    def sm():
        return "sm"
    @property
    def prop(self):
        return "prop"
    def plain(self):
        return "plain"
def kinds():
    return Kinds.cm(), Kinds.sm(), type(Kinds.prop).__name__, Kinds.plain(None)
print(kinds(), kinds())

# A metaclass attribute, and a metaclass that changes.
class Meta(type):
    tag = "from meta"
class WithMeta(metaclass=Meta):
    pass
def meta_tag():
    return WithMeta.tag
print(meta_tag(), meta_tag())
Meta.tag = "meta changed"
print(meta_tag())
WithMeta.tag = "own"
print(meta_tag())

# Inherited class attributes, and the base changing underneath.
class Base:
    shared = "base"
class Child(Base):
    pass
def shared(c):
    return c.shared
print(shared(Child), shared(Child))
Base.shared = "base changed"
print(shared(Child))

# Reads leave the value's reference count as it was (measured once the caches are warm).
value = object()
class Holder:
    v = value
def read_many():
    for _ in range(300):
        Holder.v
    return Holder.v is value
read_many()
before = sys.getrefcount(value)
print(read_many(), sys.getrefcount(value) - before)

# Module attributes: cached reads, then the module's namespace changes.
import types as _types
mod = _types.ModuleType("mod")
mod.value = 1
def read_mod():
    return mod.value, math.pi > 3
import math
print(read_mod(), read_mod())
mod.value = 2
print(read_mod())
del mod.value
try:
    read_mod()
except AttributeError as e:
    print("AttributeError:", e)
mod.value = 3
print(read_mod())
