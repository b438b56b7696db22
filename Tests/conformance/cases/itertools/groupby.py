from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabbbccdaa')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 4)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)
k, g = next(gb)
print(k, next(g))
k2, g2 = next(gb)
print(k2, list(g2), list(g))
print(list(groupby([])), [k for k, _ in groupby([1, 1.0, True, 2])])
print(type(next(groupby('x'))[1]).__name__)
try:
    groupby()
except TypeError as e:
    print('TypeError', e)
