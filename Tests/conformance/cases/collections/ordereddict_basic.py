from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
print(od, list(od), len(od))
od.move_to_end('a')
print(od)
od.move_to_end('c', last=False)
print(od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == dict(a=1, b=2))
print(OrderedDict(), OrderedDict([('k', [1, 2])]))
o = OrderedDict.fromkeys('xyz', 0)
print(o, o.keys(), o.values(), o.items())
print(list(reversed(o)), o.pop('y'), o.pop('nope', 'dflt'), o)
print(o.setdefault('w', 5), o)
o['x'] = 10
print(o, o.copy(), type(o.copy()).__name__)
print(isinstance(o, dict), OrderedDict(zip('abc', range(3))) | {'d': 3})
r = OrderedDict()
r['self'] = r
print(r)
