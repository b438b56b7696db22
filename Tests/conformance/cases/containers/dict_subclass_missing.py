class Default(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
d = Default(a=10)
print(d['x'], d['y'], d['a'], d, type(d).__name__)
print(d.get('zz'), 'zz' in d)
class Plain(dict):
    pass
p = Plain([(1, 2)])
try:
    p[5]
except KeyError as e:
    print("KeyError", e)
print(p, type(p.copy()).__name__, type(p | {}).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k * 2, v)
u = Upper()
u['a'] = 1
print(u)
