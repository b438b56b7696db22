from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print(ns, repr(ns))
print(ns.a, ns.b)
ns.c = [1, 2]
print(ns)
del ns.a
print(ns, vars(ns))
print(SimpleNamespace())
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace(x=1) != SimpleNamespace(x=2), SimpleNamespace(x=1) == 5)
print(SimpleNamespace.__hash__)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError")

class Point(SimpleNamespace):
    pass
p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2))
rec = SimpleNamespace(name="r")
rec.self = rec
print(rec)
nested = SimpleNamespace(inner=SimpleNamespace(v=3.5), s="q")
print(nested, nested.inner.v)
print(isinstance(ns, SimpleNamespace), sorted(ns.__dict__))
