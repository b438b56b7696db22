print("bad_except body ran")
try:
    pass
except ImportError:
    lazy import x
