from itertools import chain, compress
print(list(chain('ab', [1, 2], (), range(3))), list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', ''])), list(chain.from_iterable([])))
def gen():
    print('gen started')
    yield 'g'
c = chain([1], gen())
print('built')
print(next(c), next(c))
c = chain(1)
print('lazy ok')
try:
    list(c)
except TypeError as e:
    print('TypeError', e)
print(type(chain.from_iterable([[1]])).__name__, isinstance(chain(), chain))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(compress([1, 2, 3], iter([True, False, True, True, True]))))
for f in [lambda: chain.from_iterable(5), lambda: chain(x=1), lambda: compress([1]), lambda: compress(1, [1])]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
