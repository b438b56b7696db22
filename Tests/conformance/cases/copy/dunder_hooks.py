import copy

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithCopy([self.v, "deep"])

w = WithCopy(1)
print(copy.copy(w).v, copy.deepcopy(w).v)
print(copy.deepcopy([w, w])[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.b = [2]
    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10, "b": self.b}
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)

s = State()
c = copy.copy(s)
print(c.a, c.b is s.b)
dc = copy.deepcopy(s)
print(dc.a, dc.b is s.b, dc.b)

class Reducer:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        return (Reducer, (self.x, self.y))

r = copy.deepcopy(Reducer([1], 2))
print(type(r).__name__, r.x, r.y)
