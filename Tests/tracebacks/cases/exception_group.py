def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
f()
