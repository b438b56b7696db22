def f(x):
    return x[5] + 1
f([1])
