# The generator core lives in the native _random module; random.Random builds on it.
import random
import _random

print([c.__name__ for c in random.Random.__mro__])
print([c.__module__ for c in random.Random.__mro__])
print(isinstance(random.Random(), _random.Random), issubclass(random.Random, _random.Random))
print(type(random.random).__name__, type(random.getrandbits).__name__)
print(random.random.__self__ is random._inst, random.seed.__self__ is random._inst)
print(type(_random.Random.random).__name__, _random.Random.random.__name__,
      _random.Random.random.__qualname__)
print(sorted(n for n in _random.Random.__dict__ if not n.startswith("__")))
print(_random.Random.__name__, _random.Random.__qualname__, _random.Random.__module__)
print(_random.Random.__doc__)

def checksum(words):
    total = 0
    for i, w in enumerate(words):
        total = (total * 1000003 + w * (i + 1)) % (2**61 - 1)
    return total

# The bare native generator and random.Random agree for int seeds.
seeds = [0, 1, -1, 5, -5, 2**31, 2**32 - 1, 2**32, 2**64 - 1, 2**64, 2**64 + 12345,
         -(2**64 + 12345), 3**90, -(7**77), True, False]
for s in seeds:
    n = _random.Random(s)
    r = random.Random(s)
    a = [n.random() for _ in range(3)]
    b = [r.random() for _ in range(3)]
    print(s, a == b, a[0], n.getrandbits(40), checksum(n.getstate()[:624]), n.getstate()[624])

# Floats seed by their hash (same for both); other hashables too for the native type.
for s in [0.5, -0.5, 1.5, -2.25, 1e300, float("inf"), float("-inf"), 2.0**70]:
    n = _random.Random(s)
    r = random.Random(s)
    print(s, n.random() == r.random(), n.random())
for s in [(1, 2), (), 3 + 4j, 17.0]:
    n = _random.Random()
    n.seed(s)
    print(s, n.random(), _random.Random(s).random())

# str, bytes, bytearray and version 1 seeds go through random.Random.seed.
for s in ["", "abc", "Ünïcödé", b"", b"xyz", bytearray(b"xyz")]:
    r = random.Random(s)
    print(repr(s), r.random(), r.getrandbits(33))
for s in ["abc", b"abc", ""]:
    r = random.Random()
    r.seed(s, version=1)
    print("v1", repr(s), r.random())

# getrandbits around word boundaries.
r = random.Random(2023)
for k in [0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 200, 1000]:
    v = r.getrandbits(k)
    print(k, v.bit_length() <= k, v if k <= 200 else v % 1000000007)
n = _random.Random(2023)
print([n.getrandbits(k) for k in [0, 1, 31, 32, 33, 63, 64, 65, 200]])
print(r.getrandbits(True), r.getrandbits(False))
class Bits:
    def __index__(self):
        return 12
print(r.getrandbits(Bits()))

# random() values: range, 53-bit grid, exact values.
r = random.Random(99)
vals = [r.random() for _ in range(5000)]
print(min(vals) >= 0.0, max(vals) < 1.0, all((v * 2**53).is_integer() for v in vals))
print(vals[:3], vals[-1], sum(vals))

# Unseeded generators: time-based, two instances differ, state is well-formed.
a, b = random.Random(), random.Random()
print(a.getstate() != b.getstate(), len(a.getstate()[1]), a.getstate()[1][624])
n = _random.Random()
st = n.getstate()
print(len(st), st[624], all(0 <= w < 2**32 for w in st))
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
# __new__ alone leaves an all-zero state (CPython does no seeding there).
z = _random.Random.__new__(_random.Random)
print(set(z.getstate()))
