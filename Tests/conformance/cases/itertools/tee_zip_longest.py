from itertools import tee, zip_longest
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter('xyz'), 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee('ab', 4)), type(tee([])[0]).__name__)
p, q = tee(iter([1, 2, 3]))
r, s = tee(p)
print(list(r), list(s), list(q), list(p))
src = iter(range(3))
m, n = tee(src)
print(next(m), list(src), list(n), list(m))
for f in [lambda: tee([1], -1), lambda: tee(1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([1, 2], [], [3])))
for f in [lambda: zip_longest([1], x=1), lambda: zip_longest(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
