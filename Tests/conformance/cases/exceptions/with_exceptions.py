class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        if t is KeyError:
            return True
        return None
with CM():
    raise KeyError("suppressed")
try:
    with CM():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except OSError as e:
    print(repr(e), repr(e.__context__))
