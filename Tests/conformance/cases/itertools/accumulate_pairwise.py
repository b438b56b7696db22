from itertools import accumulate, pairwise
import operator
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)), list(accumulate([1, 2], initial=100)))
print(list(accumulate('abc')), list(accumulate([1, 2], None, initial=None)), list(accumulate([[1], [2]])))
print(list(accumulate(range(5), func=lambda a, b: a - b, initial=0)))
print(list(pairwise('abcde')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
for f in [lambda: accumulate(1), lambda: pairwise(), lambda: pairwise(3), lambda: list(accumulate([1, 'a']))]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
