a = 1
b = [1, 2, 3, 4, 5]
d = {"x": 1, "y": 2}
del a
del b[0], b[-1]
del d["x"]
print(b, d)
del b[::2]
print(b)
try:
    print(a)
except NameError as e:
    print(e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, "attr"))
