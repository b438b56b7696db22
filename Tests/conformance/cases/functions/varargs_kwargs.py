def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(f(*[1, 2], *(9,), c=0, **{"d": 5, "z": 1}))
def g(*args):
    return len(args), args
print(g(), g(1), g(*range(4)))
def h(**kw):
    return kw
print(h(), h(x=1, y=2), h(**{"a": 1}, b=2))
