import random

r = random.Random(99)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 257]:
    print(k, r.getrandbits(k))
for s in [3, 1000, -7, 2**40]:
    random.seed(s)
    print(s, [random.getrandbits(16) for _ in range(6)], random.getrandbits(200))
print(r.randbytes(0), r.randbytes(1), r.randbytes(7), r.randbytes(16))
try:
    r.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
