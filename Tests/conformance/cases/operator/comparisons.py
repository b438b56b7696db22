import operator as op
for a, b in [(1, 2), (2, 2), (3, 2), ('a', 'b'), ((1, 2), (1, 3))]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'))
x = [1]
y = [1]
print(op.is_(x, x), op.is_(x, y), op.is_not(x, y), op.is_not(None, None))
print(op.contains([1, 2, 3], 2), op.contains('hello', 'ell'), op.contains({}, 1))
print(sorted([3, 1, 2], key=op.neg))
try:
    op.lt(1, 'a')
except TypeError as e:
    print('TypeError', e)
