# Attribute loads, method loads and stores in loops (so the instruction caches are reused) on
# instances of classes built on native types whose attributes live in the instance dict.
import random
import weakref


class Target:
    pass


class Ref(weakref.ref):
    tag = "class"

    def __new__(cls, obj, label):
        return super().__new__(cls, obj)

    def __init__(self, obj, label):
        super().__init__(obj)
        self.label = label

    def describe(self):
        return "ref:" + self.label


class Gen(random.Random):
    limit = 10

    @property
    def doubled(self):
        return self.limit * 2

    def roll(self):
        return self.randrange(self.limit)


def reads(objs):
    out = []
    for o in objs:
        out.append((o.tag, o.label, o.describe()))
    return out


t = Target()
refs = [Ref(t, "a"), Ref(t, "b")]
print(reads(refs))
refs[0].tag = "own"                 # instance value shadows the class attribute
refs[1].describe = lambda: "shadowed"  # and a method
print(reads(refs))
del refs[0].tag
Ref.tag = "changed"                 # class change seen through the cache
Ref.describe = lambda self: "new:" + self.label
print(reads(refs))
print(refs[0]() is t, refs[0].__callback__)

g = Gen(3)
rolls = []
for i in range(6):
    rolls.append(g.roll())
    if i == 2:
        g.limit = 1000              # instance value now shadows Gen.limit
print(rolls, g.doubled)
del g.limit
print(g.limit, g.doubled)
Gen.limit = 5
print([g.roll() for _ in range(5)], g.doubled)
try:
    g.doubled = 3
except AttributeError as e:
    print("AttributeError", e)
g.random = lambda: 0.5              # shadows the native method for this instance
print([g.random() for _ in range(2)], g.uniform(0, 4))
del g.random
print(type(g.random()).__name__, "random" in vars(g))
for name in ["missing", "other"]:
    try:
        getattr(g, name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    for _ in range(2):
        g.nope
except AttributeError as e:
    print("AttributeError", e)
