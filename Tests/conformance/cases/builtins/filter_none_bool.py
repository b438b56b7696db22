print([*filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2.5])])
print([*filter(bool, [0, 3, False, True])], [*filter(lambda v: v % 2, [1, 2, 3, 4, 5])])
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print([f.v for f in filter(None, [Flag(True), Flag(False)])])
def noisy(items):
    for v in items:
        print("pull", v)
        yield v
f = filter(lambda v: v > 1, noisy([1, 2, 3]))
print("filter made", next(f))
print([*f], next(f, "end"))
for call in ["filter()", "filter(None)", "filter(None, 5)", "filter(None, [], x=1)", "filter(None, [], [])"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
print(type(filter(None, [])).__name__, isinstance(filter(None, []), filter))
