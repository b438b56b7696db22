print("bad_else body ran")
try:
    pass
except ImportError:
    pass
else:
    lazy import x
