# Argument errors of the native core methods, as CPython words them.
import random
import _random

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(3)
n = _random.Random(3)
for g in (r, n):
    attempt(lambda: g.getrandbits(-1))
    attempt(lambda: g.getrandbits(-2**40))
    attempt(lambda: g.getrandbits(2**40))
    attempt(lambda: g.getrandbits(2**31))
    attempt(lambda: g.getrandbits(1.0))
    attempt(lambda: g.getrandbits("8"))
    attempt(lambda: g.getrandbits(None))
    attempt(lambda: g.getrandbits())
    attempt(lambda: g.getrandbits(1, 2))
    attempt(lambda: g.getrandbits(k=3))
    attempt(lambda: g.random(1))
    attempt(lambda: g.random(x=1))
attempt(lambda: random.getrandbits(-1))
attempt(lambda: random.random(None))
attempt(lambda: n.seed(1, 2))
attempt(lambda: n.seed(a=1))
attempt(lambda: n.seed([]))
attempt(lambda: n.seed({}))
attempt(lambda: r.seed([]))
attempt(lambda: r.seed(1, 2, 3))
attempt(lambda: r.seed(object()))
attempt(lambda: random.seed({1: 2}))
attempt(lambda: _random.Random(1, 2))
attempt(lambda: _random.Random(x=1))
attempt(lambda: _random.Random([]))
attempt(lambda: random.Random(1, 2))
attempt(lambda: random.Random([]))
attempt(lambda: _random.Random.random())
attempt(lambda: _random.Random.random(5))
attempt(lambda: _random.Random.getrandbits("x", 3))
attempt(lambda: _random.Random.seed(None))
attempt(lambda: _random.Random.getstate([]))
attempt(lambda: _random.Random.setstate(1.5, ()))
print(type(_random.Random.__new__(_random.Random, 1, 2, x=3)).__name__)
print(type(_random.Random.__new__(random.Random)).__name__)
attempt(lambda: _random.Random.__new__(int))
attempt(lambda: _random.Random.__new__(1))
attempt(lambda: _random.Random.__new__())
# Bare native generators have no __dict__ (only the exception type is printed: Smolder names
# native-module types without their module in these messages).
def setattr_native():
    g = _random.Random(1)
    g.extra = 1
for f in (lambda: _random.Random().__dict__, setattr_native):
    try:
        f()
    except AttributeError:
        print("AttributeError")
print(hasattr(random.Random(1), "__dict__"), random.Random(1).__dict__)
