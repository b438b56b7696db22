from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
print(p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point(y=5, x=4), Point._make([7, 8]), Point._make(range(2)))
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=100), p)
print(Point._fields, Point._field_defaults, Point.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
x, y = p
print(x + y, p + (3,), p * 2, sorted([Point(2, 1), Point(1, 2)]))
print(Point.x, Point.y.__doc__)
P3 = namedtuple('P3', 'a, b c')
print(P3._fields, P3(1, 2, 3))
Single = namedtuple('Single', 'only')
print(Single(5), Single._make([6]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
match p:
    case Point(a, b):
        print('matched', a, b)
print(Point.__match_args__)
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s, s.norm(), s._replace(x=0))
