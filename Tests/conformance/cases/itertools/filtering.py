from itertools import dropwhile, takewhile, filterfalse, starmap
data = [1, 4, 6, 4, 1]
print(list(dropwhile(lambda x: x < 5, data)), list(takewhile(lambda x: x < 5, data)))
print(list(dropwhile(lambda x: True, data)), list(takewhile(lambda x: False, data)))
tw = iter([1, 2, 10, 3])
t = takewhile(lambda x: x < 5, tw)
print(list(t), list(t), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', 'zx'])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
for f in [lambda: dropwhile(len), lambda: takewhile(len), lambda: filterfalse(None), lambda: starmap(len),
          lambda: list(starmap(len, [1])), lambda: dropwhile(len, 3)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
