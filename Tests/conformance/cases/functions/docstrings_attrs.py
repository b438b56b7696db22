def documented(a, b=1):
    """Return the sum.

    Extra details."""
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__qualname__, documented.__defaults__, documented.__kwdefaults__)
def kwd(*, x=5):
    pass
print(kwd.__kwdefaults__)
class C:
    def method(self):
        """method doc"""
    def nested(self):
        def inner():
            pass
        return inner
print(C.method.__doc__, C.method.__qualname__, C().nested().__qualname__)
def noop():
    pass
print(noop.__doc__)
documented.custom = "attr"
print(documented.custom, sorted(k for k in vars(documented)))
