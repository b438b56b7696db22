from collections import Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(3), c.most_common(0))
print(c['a'], c['zzz'], 'zzz' in c, c.total(), len(c))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=4)
print(c)
c.subtract('aaaa')
c.subtract({'z': 3})
print(c)
del c['nothere']
del c['b']
print(c)
print(Counter(), Counter({'x': 1}), Counter(x=2, y=2, z=3))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']).most_common(2))
cp = c.copy()
print(cp == c, type(cp).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(dict(Counter(words)))
