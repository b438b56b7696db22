from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd.default_factory)
print(dd['zz'], len(dd), 'q' in dd, dd.get('q'))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
print(isinstance(dd, dict), type(dd).__name__)
c = dd.copy()
print(c, type(c).__name__, c == dd, c is dd)
n = defaultdict()
print(n)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
n.default_factory = lambda: 'made'
print(n['x'], dict(n))
print(defaultdict(int, {'a': 1}, b=2))
print(defaultdict(set, [('k', {1})]))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']), list(nested))
u = defaultdict(int, a=1) | {'b': 2}
print(u, type(u).__name__)
print(dd == {'a': [1, 3], 'b': [2], 'zz': []})
