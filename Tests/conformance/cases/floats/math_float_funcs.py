import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.hypot(3, 4))
print(math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.copysign(2, -0.0))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.pi, math.e, math.tau)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.05))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
