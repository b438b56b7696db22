import math
tests = [
    lambda: 2.0 ** 5000,
    lambda: math.exp(1000),
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 1,
    lambda: math.factorial(-1),
    lambda: int(float("inf")),
    lambda: (10 ** 400) * 1.0,
    lambda: math.ldexp(1.0, 5000),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.inf * 2, 1e308 * 10)
