import types

class Color:
    def __init__(self, name):
        self._name = name
    @types.DynamicClassAttribute
    def name(self):
        return "color:" + self._name

c = Color("red")
print(c.name)
try:
    Color.name
except AttributeError:
    print("AttributeError on class access")

ns = types.SimpleNamespace(a=1)
ns.b = types.SimpleNamespace()
print(ns)
print(types.SimpleNamespace(**{"k": (1, 2), "s": "x"}))

class Box:
    def __init__(self):
        self._v = 0
    @types.DynamicClassAttribute
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
b = Box()
b.v = 21
print(b.v)
