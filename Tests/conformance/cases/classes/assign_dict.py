class A:
    pass

a = A()
a.y = 2
a.__dict__ = {"x": 1}
print(a.__dict__, a.x, hasattr(a, "y"))
a.z = 3
print(sorted(a.__dict__.items()))
shared = {"k": "v"}
b, c = A(), A()
b.__dict__ = shared
c.__dict__ = shared
b.k = "changed"
print(c.k, vars(b) is shared)
try:
    a.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
del a.__dict__
print(vars(a), hasattr(a, "x"))

def g():
    pass
g.__dict__ = {"x": 1}
print(g.x, g.__dict__)
try:
    g.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
