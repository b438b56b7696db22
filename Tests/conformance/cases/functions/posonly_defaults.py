def f(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(f(1), f(1, 5), f(1, 5, 6), f(1, c=7, d=8))
try:
    f(a=1)
except TypeError as e:
    print("TypeError", e)
def g(a, /, *args, **kwargs):
    return a, args, kwargs
print(g(1, 2, a=3))
