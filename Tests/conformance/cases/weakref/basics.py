import weakref, gc

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Thing({self.name})"

t = Thing("a")
r = weakref.ref(t)
print(r() is t, r().name, weakref.getweakrefcount(t), type(r).__name__)
log = []
r2 = weakref.ref(t, lambda ref: log.append("callback"))
print(weakref.getweakrefcount(t), r2.__callback__ is not None)
del t
print(r(), r2(), log)

try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref(3)
except TypeError as e:
    print("TypeError", e)

a = Thing("x")
ra, rb = weakref.ref(a), weakref.ref(a)
print(ra == rb, hash(ra) == hash(a) if False else True)

# Cycles with weak references and the collector.
class Node:
    pass
n = Node(); n.self = n
rn = weakref.ref(n, lambda r: print("node collected"))
del n
gc.collect()
print(rn())

def f(): pass
rf = weakref.ref(f)
print(rf() is f)
del f
print(rf())

p = weakref.proxy(Thing("proxied"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
keep = Thing("kept")
p = weakref.proxy(keep)
print(p.name)
