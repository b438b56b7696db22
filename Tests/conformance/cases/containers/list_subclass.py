class L(list):
    def total(self):
        t = 0
        for v in self:
            t += v
        return t
m = L([3, 1, 2])
m.sort()
print(m, type(m).__name__, m.total(), len(m))
print(type(m + m).__name__, type(m[:]).__name__, type(m * 2).__name__, type(m.copy()).__name__)
print(m == [1, 2, 3], isinstance(m, list), L(), L("ab"))
class Tracked(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)
t = Tracked([0, 0])
t[1] = 5
print(t)
