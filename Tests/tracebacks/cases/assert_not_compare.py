def check(a, b):
    assert not (a < b), "ordered"
check(1, 2)
