from itertools import islice, count
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice(count(), 3, 20, 5)), list(islice('ab', 0)))
for args in [(5, 3), (2, 8, 3), (0, 3, 2), (0, 5, 3), (1, None, 4), (3,), (None,), (12,), (None, None, None)]:
    it = iter(range(10))
    print(args, list(islice(it, *args)), list(it))
class Idx:
    def __index__(self):
        return 2
print(list(islice(range(10), Idx(), 6, Idx())))
bad = [(-1,), ('a',), (-1, 2), ('x', 3), (0, -1), (0, 2, 0), (0, 2, -1), (0, 2, 1.5), (1.5,)]
for args in bad:
    try:
        islice([1], *args)
    except ValueError as e:
        print(args, 'ValueError', e)
for f in [lambda: islice([1]), lambda: islice([1], 1, 2, 3, 4), lambda: islice(1, 2), lambda: islice([1], stop=2)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
