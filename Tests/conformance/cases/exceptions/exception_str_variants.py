print(str(ValueError()), repr(ValueError()), str(ValueError("")), repr(ValueError("")))
print(str(ValueError(1, 2)), repr(ValueError(1, 2)), str(ValueError([1])), repr(TypeError("q'uote")))
e = Exception("msg")
e.args = ("changed", 1)
print(str(e), e.args)
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit("first", "second")
print(str(w), repr(w), w.args, w.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(str(n)), repr(n), n.args)
