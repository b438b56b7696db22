class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", "default"), hasattr(o, "a"), hasattr(o, "zz"))
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"))
