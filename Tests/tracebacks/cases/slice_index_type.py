def f(s):
    return s[1:"x"]

f([1, 2, 3])
