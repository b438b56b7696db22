import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

# Cycles are reclaimed: the loop would need gigabytes if they were not.
for i in range(200000):
    a = Node("a"); b = Node("b")
    a.peer = b; b.peer = a
    a.payload = [i] * 50
    l = []; l.append(l)
print("survived the loop")

gc.collect()
l = []
l.append(l)
del l
print(gc.collect() >= 1)

# Live objects inside and around cycles are untouched by a collection.
keep = Node("keep")
keep.peer = keep
keep.items = [1, 2, {"x": keep}]
d = {"self": None}
d["self"] = d
shared = [1, 2, 3]
copy1 = shared[:]
t = (copy1, shared)
gc.collect()
print(keep.peer is keep, keep.items[2]["x"].name, d["self"] is d, t[0], t[1])

def make_closure_cycle():
    def f():
        return f
    return f
g = make_closure_cycle()
for _ in range(1000):
    make_closure_cycle()
gc.collect()
print(g() is g)

class Meta(type):
    pass
for i in range(2000):
    K = Meta("K", (object,), {"n": i})
gc.collect()
print(K.n, K.__name__, type(K).__name__)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("a"))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
