def check(v):
    assert v < 10, f"value too large: {v}"
    return v
print(check(3))
check(42)
