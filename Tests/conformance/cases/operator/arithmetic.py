import operator as op
pairs = [(7, 2), (-7, 2), (7.5, 2), (2, 10), (0, 3)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b),
          op.floordiv(a, b), op.mod(a, b), op.pow(a, b))
print(op.neg(5), op.pos(-5), op.abs(-5.5), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 10), op.rshift(1024, 3))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.add([1], [2]))
print(op.__add__(1, 2), op.__mul__(3, 4), op.__neg__(1))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    op.add(1, 'a')
except TypeError as e:
    print('TypeError', e)
