import functools
def make(op):
    @functools.total_ordering
    class V:
        def __init__(self, v):
            self.v = v
        def __eq__(self, other):
            if not isinstance(other, V):
                return NotImplemented
            return self.v == other.v
    if op == 'lt':
        V.__lt__ = lambda self, o: self.v < o.v if isinstance(o, V) else NotImplemented
    return V
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    ns = {}
    exec(f'''
def __init__(self, v):
    self.v = v
def __eq__(self, other):
    return self.v == other.v
def {root}(self, other):
    if not isinstance(other, type(self)):
        return NotImplemented
    return self.v {dict(__lt__="<", __le__="<=", __gt__=">", __ge__=">=")[root]} other.v
''', ns)
    V = functools.total_ordering(type('V', (), ns))
    a, b, c = V(1), V(2), V(1)
    print(root, [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= c, a >= c, a < c, a > c])
    print(sorted(set(k for k in ('__lt__', '__le__', '__gt__', '__ge__') if k in vars(V))))
    try:
        a < 5
    except TypeError as e:
        print('TypeError', e)
@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return 'own gt'
print(Both(1) >= Both(2), Both(1) > Both(2), Both(3) <= Both(3))
try:
    functools.total_ordering(type('Empty', (), {}))
except ValueError as e:
    print('ValueError', e)
