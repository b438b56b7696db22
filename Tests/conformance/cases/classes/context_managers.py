class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed("a") as v:
    print("inside", v)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Managed("x") as x, Managed("y") as y:
    print("both", x, y)
def early():
    with Managed("ret"):
        return "returned"
print(early())
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError", e)
