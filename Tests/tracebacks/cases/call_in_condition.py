def f():
    return 1 / 0
if f() > 2:
    pass
