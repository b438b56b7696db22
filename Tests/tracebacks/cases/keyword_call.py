def f(a, b):
    return a + b
r = f(a=1, b="x")
