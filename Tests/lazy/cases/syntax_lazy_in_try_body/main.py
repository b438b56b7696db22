print("start")
try:
    lazy import x
except ImportError:
    pass
