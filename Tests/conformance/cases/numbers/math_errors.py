import math
cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.log(10, 1), lambda: math.log(10, 0),
    lambda: math.log2(0), lambda: math.log10(-1), lambda: math.log1p(-1), lambda: math.acos(2), lambda: math.asin(-2),
    lambda: math.atanh(1), lambda: math.acosh(0.5), lambda: math.exp(1000), lambda: math.expm1(1000), lambda: math.cosh(1000),
    lambda: math.sinh(-1000), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.pow(10, 400), lambda: math.fmod(1, 0),
    lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1), lambda: math.gamma(0),
    lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(-1), lambda: math.ldexp(1, 5000), lambda: math.ldexp(1.0, 2.0),
    lambda: math.sqrt("4"), lambda: math.floor("1"), lambda: math.trunc([]), lambda: math.ceil(None), lambda: math.isnan("x"),
    lambda: math.factorial(-3), lambda: math.factorial(3.0), lambda: math.comb(-1, 1), lambda: math.comb(5, -1), lambda: math.perm(-2),
    lambda: math.isqrt(-4), lambda: math.isqrt(4.0), lambda: math.gcd(2.0, 4), lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.fsum([1e308, 1e308]), lambda: math.dist((1, 2), (3,)), lambda: math.isclose(1, 2, rel_tol=-0.1), lambda: math.sin(math.inf),
    lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.trunc(math.inf), lambda: math.tan(math.inf),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf), math.isnan(math.sin(math.nan)), math.exp(-1000))
