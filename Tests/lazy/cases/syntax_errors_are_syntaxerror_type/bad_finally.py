print("bad_finally body ran")
try:
    pass
finally:
    lazy import x
