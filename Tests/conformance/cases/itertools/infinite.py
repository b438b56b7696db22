from itertools import count, cycle, repeat, islice
import operator
c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.25), 3)), list(islice(count(5, -2), 4)))
print(repr(count(3)), repr(count(1, 2)), repr(count(1, 1.0)), repr(count(2.5)), repr(count(start=7, step=3)))
print(list(zip('abc', count(1))))
cy = cycle('abc')
print([next(cy) for _ in range(7)], list(islice(cycle([]), 3)), list(islice(cycle(iter([1, 2])), 5)))
r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(r))
print(list(repeat(1, -2)), repr(repeat(None)), list(islice(repeat(7), 3)), list(repeat(0, times=2)))
print(list(map(pow, range(5), repeat(2))), operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1)))
for f in [lambda: count('a'), lambda: count(1, 'b'), lambda: repeat(), lambda: repeat(1, 'a'),
          lambda: cycle(), lambda: cycle(5)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
