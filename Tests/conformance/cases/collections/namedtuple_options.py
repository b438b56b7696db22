from collections import namedtuple
D = namedtuple('D', 'a b c', defaults=[0, 9])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults)
print(namedtuple('E', 'a b', defaults=(None,))(1))
R = namedtuple('R', 'abc def _x abc 1y ok', rename=True)
print(R._fields)
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('bad id', lambda: namedtuple('P', '1x'))
attempt('bad type', lambda: namedtuple('1P', 'x'))
attempt('keyword', lambda: namedtuple('P', 'x class'))
attempt('underscore', lambda: namedtuple('P', 'x _y'))
attempt('dup', lambda: namedtuple('P', 'x y x'))
attempt('defaults', lambda: namedtuple('P', 'x', defaults=[1, 2]))
P = namedtuple('P', 'x y')
attempt('missing', lambda: P(1))
attempt('missing2', lambda: P())
attempt('extra', lambda: P(1, 2, 3))
attempt('kw', lambda: P(1, z=2))
attempt('multi', lambda: P(1, x=2))
attempt('make', lambda: P._make([1]))
attempt('replace', lambda: P(1, 2)._replace(z=1))
def setter():
    P(1, 2).x = 5
attempt('set', setter)
attempt('getattr', lambda: P(1, 2).z)
