def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt"})
p = Point(21)
print(p.double(), Point.kind, Point.__name__, type(p).__name__)
Sub = type("Sub", (Point,), {"kind": "sub"})
print(Sub(1).double(), Sub.kind, Sub.__mro__[1].__name__, issubclass(Sub, Point))
print(type(5) is int, type("x") is str, type(type) is type, type(None).__name__)
