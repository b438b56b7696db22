import copy

class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"

p = Plain()
c = copy.copy(p)
print(type(c).__name__, c.items is p.items, c.name, c is p)
d = copy.deepcopy(p)
print(d.items is p.items, d.items, vars(d) == vars(p))

class Empty:
    pass
print(type(copy.copy(Empty())).__name__, vars(copy.deepcopy(Empty())))

class Slotted:
    __slots__ = ("x", "y", "z")
    def __init__(self):
        self.x = [1]
        self.z = "z"

s = Slotted()
cs = copy.copy(s)
print(cs.x is s.x, hasattr(cs, "y"), cs.z)
ds = copy.deepcopy(s)
print(ds.x is s.x, ds.x, hasattr(ds, "y"))

class Both(Slotted):
    __slots__ = ("w", "__dict__")

b = Both()
b.w = {"k": 1}
b.extra = "e"
cb = copy.deepcopy(b)
print(cb.w, cb.w is b.w, cb.extra, cb.x, cb.z)

class MyList(list):
    pass

class MyDict(dict):
    pass

ml = MyList([[1], 2])
ml.attr = "a"
cml = copy.copy(ml)
dml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml[0] is ml[0], cml.attr, type(dml).__name__, dml[0] is ml[0], dml.attr)
md = MyDict(a=[1])
cmd, dmd = copy.copy(md), copy.deepcopy(md)
print(type(cmd).__name__, cmd, cmd["a"] is md["a"], dmd["a"] is md["a"])
print(copy.copy(Plain) is Plain, copy.deepcopy(Plain) is Plain)
