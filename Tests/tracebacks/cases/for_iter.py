for ch in 42:
    pass
