class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(P.__new__(P).x)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))
class Q(P):
    pass
q = Q(3, 4)
q.extra = 5
print(q.extra, hasattr(q, "__dict__"))
del p.x
print(hasattr(p, "x"))
