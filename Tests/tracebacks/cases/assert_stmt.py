def check(v):
    assert v > 0, "must be positive"
check(-1)
