class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)

small, medium, big = P(3), P(10), P(30)
print(small.a2, medium.a9, big.a29, len(vars(big)), list(vars(medium))[:4])
del medium.a3
print(hasattr(medium, "a3"), medium.a4, list(vars(medium))[2:5])
try:
    del medium.a3
except AttributeError as e:
    print("AttributeError:", e)
try:
    small.missing
except AttributeError as e:
    print("AttributeError:", e)

class Q:
    def method(self):
        return "method"
q = Q()
q.method = lambda: "instance wins"
print(q.method())
q.__class__ = P
print(type(q).__name__, q.method())

points = []
for i in range(5):
    p = P(0)
    if i % 2:
        p.y = i
        p.x = -i
    else:
        p.x = i
        p.y = -i
    points.append(p)
print([(p.x, p.y) for p in points], [list(vars(p)) for p in points[:2]])
d = vars(points[0])
d["z"] = 9
print(points[0].z, sorted(vars(points[0])))

class L(list):
    pass
try:
    q.__class__ = L
except TypeError as e:
    print("TypeError:", e)
try:
    q.__class__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = P
except TypeError as e:
    print("TypeError:", e)
