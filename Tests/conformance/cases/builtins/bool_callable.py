print(bool(), bool(0), bool(42), bool("x"), bool([]), bool(None), bool(0.0), bool(-0.0), bool(1j))
print(callable(print), callable(len), callable(lambda: 0), callable(int), callable(5), callable("s"), callable(str.upper))
class C:
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(object()))
print(bool.__name__, issubclass(bool, int), True.__class__.__name__)
