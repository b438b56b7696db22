def f():
    raise RuntimeError("bad")
f()
