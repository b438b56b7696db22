from collections import ChainMap
a, b = {'a': 1}, {'b': 2, 'a': 5}
cm = ChainMap(a, b)
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z'), cm.get('b'))
print('a' in cm, 'z' in cm, bool(cm), bool(ChainMap({}, {})), ChainMap())
print(dict(cm), sorted(cm.items()), list(cm.keys()), list(cm.values()))
cm['c'] = 3
print(cm.maps, a)
child = cm.new_child()
child['a'] = 'child'
print(child, child['a'], child.parents)
print(cm.new_child({'n': 1}), cm.new_child(k=2))
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
del cm['a']
print(cm, cm['a'])
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('c'), cm)
try:
    cm.pop('b')
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}, {'x': 1}).popitem()
except KeyError as e:
    print('KeyError', e)
cp = cm.copy()
cp['new'] = 1
print(cm, cp)
print(ChainMap.fromkeys('ab', 0))
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
print(ChainMap(args, defaults)['user'], ChainMap(args, defaults)['color'])
print(ChainMap({'x': 1}) | {'y': 2})
cm.clear()
print(cm)
