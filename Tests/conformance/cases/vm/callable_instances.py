# Calling an instance whose class defines __call__ in Python moves the instance and the arguments
# straight into the method's frame; other shapes take the general path.
class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, offset=0):
        return self.k * x + offset


s = Scale(3)
print([s(i) for i in range(4)], s(1, 10), s(x=2), s(2, offset=1))
try:
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    s(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def replaced(self, *args):
    return ("replaced", self.k, args)


for _ in range(3):
    s(1)
Scale.__call__ = replaced
print(s(1), s(1, 2))
Scale.__call__ = staticmethod(lambda x: ("static", x))
print(s(5))
del Scale.__call__
try:
    s(1)
except TypeError as e:
    print("TypeError:", e)
s.__call__ = lambda x: "instance attribute is ignored"
try:
    s(1)
except TypeError as e:
    print("TypeError:", e)


class Fails:
    def __call__(self, x):
        raise KeyError(x)


try:
    Fails()("key")
except KeyError as e:
    print("KeyError:", e)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self


c = Counter()
print(c()()().calls)
