from fractions import Fraction as F
a = F(1, 2)
print(a == 0.5, a == F(2, 4), F(2) == 2, 2 == F(2), a == 1, a != 0.5, a == 'x', a == 0.5 + 0j, a == 1j)
print(a < 1, a > 0.25, a <= F(1, 2), a >= 0.75, 1 > a, 0.3 < a, a < float('inf'), a > float('-inf'), a < float('nan'), a == float('nan'))
print(sorted([F(3, 4), 0.5, 1, F(-1, 2), 0, F(1, 3)]))
print(max(F(1, 3), F(2, 7)), min([F(5, 3), 2, 1.5]))
for x in [F(1, 2), F(2), F(-1), F(1, 3), F(-1, 3), F(10 ** 30, 7), F(7, 2 ** 61 - 1), F(0)]:
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1), hash(F(3, 8)) == hash(0.375))
d = {F(1, 2): 'half', 2: 'two'}
print(d[0.5], d[F(2)], len({F(1, 2), 0.5, F(2, 4)}))
print(bool(F(0)), bool(F(1, 5)))
try:
    a < 'x'
except TypeError as e:
    print('TypeError', e)
import copy
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
print(str(F(-3, 4)), str(F(5, 1)), '%s' % F(1, 9), '{}'.format(F(2, 3)), f'{F(7, 3)!r}')
