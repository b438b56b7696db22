def f():
    try:
        raise KeyError(1)
    except KeyError as e:
        raise RuntimeError("again") from None
f()
