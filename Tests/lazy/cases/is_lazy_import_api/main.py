import importlib
import a
import b
from c import C
x = 1
g = globals()
print(importlib.is_lazy_import(g, "a"), importlib.is_lazy_import(g, "b"), importlib.is_lazy_import(g, "C"), importlib.is_lazy_import(g, "x"))
print(a.V)
print(importlib.is_lazy_import(g, "a"), importlib.is_lazy_import(g, "b"))
try:
    importlib.is_lazy_import(g, "nope")
except KeyError:
    print("KeyError")
c1 = g.copy()
c2 = dict(g)
c3 = g | {}
e = {}
e.update(g)
print([importlib.is_lazy_import(m, "b") for m in (c1, c2, c3, e)])
print("end")
