class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __iter__(self):
        for r in self.rows:
            yield from r
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0], list(m), m == Matrix([[1, 2], [3, 4]]))
def fib_gen():
    a, b = 0, 1
    while True:
        sent = yield a
        if sent:
            a, b = 0, 1
        else:
            a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(8)], g.send(True), next(g), next(g))
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(); c(); c(5)
print(c())
def shape_info(s):
    match s:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle area {3.14159 * r * r:.2f}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case [x, y, *rest]:
            return f"points {x},{y} +{len(rest)}"
        case _:
            return "unknown"
for s in ({"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 4}, [1, 2, 3, 4], "?"):
    print(shape_info(s))
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", cls.__name__.lower())
class A(Base, tag="alpha"): pass
class B(A): pass
print(A.tag, B.tag, B.__mro__[1].__name__)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__, e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", str(e)[:30])
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]))
raise SystemExit(Matrix([[1]]) @ Matrix([[2]]) == Matrix([[2]]) and 3)
