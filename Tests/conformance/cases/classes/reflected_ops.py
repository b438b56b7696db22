class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o):
        return R(o + self.v)
    def __rsub__(self, o):
        return R(o - self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rfloordiv__(self, o):
        return R(o // self.v)
    def __rmod__(self, o):
        return R(o % self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rand__(self, o):
        return R(o & self.v)
    def __ror__(self, o):
        return R(o | self.v)
    def __rxor__(self, o):
        return R(o ^ self.v)
    def __rlshift__(self, o):
        return R(o << self.v)
    def __rrshift__(self, o):
        return R(o >> self.v)
    def __rmatmul__(self, o):
        return R(("rmatmul", o))
r = R(2)
print(10 + r, 10 - r, 10 / r, 10 // r, 10 % r, 10 ** r, 6 & r, 5 | r, 7 ^ r, 1 << r, 16 >> r, [1] @ r)
print(sum([R(1)], 5))
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(5), Sub(5) + 1)
