import operator as op
class I:
    def __index__(self):
        return 7
print(op.index(5), op.index(True), op.index(I()), [0, 1, 2, 3, 4, 5, 6, 7, 8][op.index(I())])
for v in [1.5, 'x', None]:
    try:
        op.index(v)
    except TypeError as e:
        print('TypeError', e)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3, 4])), op.length_hint(iter(range(10))))
print(op.length_hint(5), op.length_hint(5, 42))
class H:
    def __length_hint__(self):
        return 12
class N:
    def __length_hint__(self):
        return NotImplemented
class Neg:
    def __length_hint__(self):
        return -1
class Bad:
    def __length_hint__(self):
        return 'x'
print(op.length_hint(H()), op.length_hint(N(), 3))
for o in [Neg(), Bad()]:
    try:
        op.length_hint(o)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    op.length_hint([], 'x')
except TypeError as e:
    print('TypeError', e)
