def boom(a, b):
    raise ValueError(a + b)
x = boom(1, 2)
