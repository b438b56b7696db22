import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(144), math.isqrt(10 ** 20 + 1), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), type(math.floor(2.5)).__name__)
print(math.factorial(20), math.factorial(0), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.comb(10, 3), math.perm(5, 2), math.comb(100, 50), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fabs(-2), math.copysign(1, -3), math.fmod(10, 3), math.remainder(10, 3), math.hypot(5, 12), math.dist((0, 0), (3, 4)))
print(math.isfinite(math.inf), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(round(math.sin(math.pi / 6), 10), round(math.acos(0.5), 10), math.asin(1), math.atan(1))
print(math.cosh(0), math.sinh(0), math.tanh(0), math.expm1(0), math.log1p(0))
for bad in [lambda: math.log(-1), lambda: math.factorial(2.5), lambda: math.sqrt("x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
