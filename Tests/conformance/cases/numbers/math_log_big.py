import math
for n in [1, 2, 10, 2 ** 52 + 1, 10 ** 15, 2 ** 1023, 2 ** 1024, 10 ** 308, 10 ** 309, 3 ** 2000, 7 ** 5000]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 2), math.log(n, 10))
print(math.log(8, 2), math.log(100, 10), math.log(1, 5), math.log(0.5, 2), math.log(2, 0.5), math.log(math.e), math.log(10 ** 400, 10 ** 200))
print(math.log10(1e-300), math.log2(0.125), math.log(True, 2) if False else math.log(2, True + 1), math.log1p(10 ** 20))
print(math.floor(10 ** 30 / 7), math.ceil(-(10 ** 25) / 3), math.trunc(2 ** 70 + 0.0), math.floor(2 ** 100), math.ceil(True))
print(math.sqrt(10 ** 30), math.sqrt(2 ** 1000), math.exp(math.log(10 ** 20)), math.fabs(-(10 ** 20)), math.isfinite(10 ** 300))
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
