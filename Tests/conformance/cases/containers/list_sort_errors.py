try:
    [1, 'a'].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1, 'a'].sort(reverse=True)
except TypeError as e:
    print("TypeError", e)
try:
    [3, 2, None, 1].sort()
except TypeError as e:
    print("TypeError", e)
l = [3, 1, 2]
def key(v):
    l.append(v)
    return v
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError", e, l)
def bad(v):
    raise KeyError(v)
m = [2, 1]
try:
    m.sort(key=bad)
except KeyError as e:
    print("KeyError", e, m)
class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v
objs = [Cmp(v) for v in [5, 3, 9, 1, 7]]
objs.sort()
print([o.v for o in objs], Cmp.calls)
