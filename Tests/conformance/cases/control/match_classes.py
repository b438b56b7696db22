class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x=cx), r=r) if r > 5:
            return f"big circle at x={cx}"
        case Circle():
            return "small circle"
        case int(n) | float(n):
            return f"number {n}"
        case str() | bytes():
            return "text-ish"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Circle(Point(7, 1), 10), Circle(Point(1, 1), 1), 4, 2.5, "s", b"b", [1]]:
    print(where(o))
