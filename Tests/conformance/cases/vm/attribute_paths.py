# Attribute loads, stores and method loads on plain instances read the instance and the name where
# they lie: every kind of attribute, each fall-back, and balanced reference counts.
import sys

class Plain:
    kind = "class value"
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v
    @property
    def prop(self):
        return ("prop", self.v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class SlottedWithDict:
    __slots__ = ("a", "__dict__")

class Getattr:
    def __getattr__(self, name):
        return "missing " + name

class Other:
    def method(self):
        return "other"

def reads(o):
    return (o.v, o.kind, o.method(), o.prop, o.method)

p = Plain(10)
print(reads(p)[:4])
p.kind = "instance value"
p.method = lambda: "shadowed"
print(p.kind, p.method(), Plain.kind)
del p.method
print(p.method())
p.__class__ = Other
print(p.method(), p.v)
s = Slotted()
print(s.a)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
s.b = 5
print(s.a, s.b)
d = SlottedWithDict()
d.a = 1
d.extra = 2
print(d.a, d.extra, sorted(d.__dict__))
g = Getattr()
g.real = 1
print(g.real, g.fake)
try:
    Plain(1).nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).nothing
except AttributeError as e:
    print("AttributeError", e)

many = Plain(0)
for i in range(10):
    setattr(many, "a%d" % i, i)
many.a3 = "three"
print([getattr(many, "a%d" % i) for i in range(10)], many.a9)

payload = object()
def churn(o, payload):
    for i in range(100):
        o.v = payload
        o.v
        o.method()
        o.method
        o.v = None
        o.v = payload
        o.v = payload

target = Plain(None)
start = sys.getrefcount(payload)
for round in range(3):
    churn(target, payload)
    print("round", round, "extra references", sys.getrefcount(payload) - start)
target.v = None
print("released", sys.getrefcount(payload) - start)
