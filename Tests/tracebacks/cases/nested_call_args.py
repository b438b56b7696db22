def f(x): return x
def g(x): return 1 / x
print(f(g(0)))
