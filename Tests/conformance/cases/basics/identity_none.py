x = None
print(x is None, x == None, x is not None, type(x).__name__)
print(repr(None), str(None), bool(None))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
def nothing():
    pass
print(nothing())
print(None.__class__.__name__)
print(NotImplemented, Ellipsis, ...)
