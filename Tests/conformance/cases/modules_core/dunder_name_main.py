import sys
if __name__ == "__main__":
    print("running as main")
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(sys.modules["__main__"].__name__, "__main__" in sys.modules)
x = 5
print(getattr(sys.modules["__main__"], "x"))
