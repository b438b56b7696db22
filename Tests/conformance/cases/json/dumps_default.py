import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def point_default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=point_default))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=point_default, indent=1))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps({"c": 1 + 2j}, cls=MyEncoder))
print(MyEncoder(sort_keys=True).encode({"b": 2j, "a": 1}))
print("".join(MyEncoder().iterencode([1j, "s"])))
try:
    json.dumps([object.__new__(Point)], cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)

for bad in [{1, 2}, b"bytes", object(), 1j, range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps([1, [Point(1, 2)]], default=point_default, sort_keys=True)
    json.dumps(frozenset(), default=point_default)
except TypeError as e:
    print("TypeError:", e)

# circular references
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
class Loop:
    pass
def loop_default(o):
    return [o]
for obj, kw in [(lst, {}), (d, {}), ([[lst]], {"indent": 2}), (Loop(), {"default": loop_default})]:
    try:
        json.dumps(obj, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([shared_ok := [1], shared_ok], check_circular=False))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
