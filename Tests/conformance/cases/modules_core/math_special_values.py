import math
print(math.floor(-0.0), math.copysign(1.0, -0.0), math.sqrt(0.0), math.sqrt(-0.0))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.trunc(1e20), math.floor(1e20), math.ceil(-1e20))
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError", e)
print(math.isqrt(0), math.gcd(), math.lcm(), math.gcd(-12, 18))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
