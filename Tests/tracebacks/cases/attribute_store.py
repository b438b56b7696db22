class S:
    __slots__ = ("a",)
s = S()
s.b = 1
