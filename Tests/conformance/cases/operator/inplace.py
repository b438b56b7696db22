import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
t = (1, 2)
u = op.iadd(t, (3,))
print(t, u, t is u)
print(op.isub(10, 3), op.imul(4, 5), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 8))
print(op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10), op.ilshift(1, 4), op.irshift(64, 2))
c = [1]
d = op.iconcat(c, [2, 3])
print(c, d, c is d)
s = {1, 2}
op.ior(s, {3})
print(sorted(s))
l = [1, 2]
op.imul(l, 2)
print(l)
try:
    op.iconcat(1, 2)
except TypeError as e:
    print('TypeError', e)
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
m = M(3)
print(op.matmul(M(2), M(5)).v, op.imatmul(m, M(4)).v, m.v)
