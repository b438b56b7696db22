f = frozenset([3, 1, 2])
print(f, frozenset(), set(), hash(f) == hash(frozenset({1, 2, 3})))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1, 1000000007, 2 ** 62})))
print(hash(frozenset({frozenset({1}), 2})), hash(frozenset(range(100))))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f.copy() is f)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), S(), type(S([1]) | {2}).__name__, F([1]), F(), type(F([1]) & {1}).__name__)
d = {frozenset({1}): 'a'}
print(d[frozenset([1])])
