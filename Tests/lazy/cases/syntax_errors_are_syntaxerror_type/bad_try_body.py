print("bad_try_body body ran")
try:
    lazy import x
except ImportError:
    pass
