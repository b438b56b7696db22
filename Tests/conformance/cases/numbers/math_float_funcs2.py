import math
vals = [0.0, 0.5, 1.0, 2.0, -1.5, 10.0, 1e-10, 100.0]
for v in vals:
    print(v, math.exp(v), math.expm1(v), math.sin(v), math.cos(v), math.tan(v), math.atan(v), math.sinh(v), math.tanh(v), math.asinh(v))
print(math.sqrt(2), math.cbrt(27), math.exp2(10), math.log1p(1e-10), math.acosh(2), math.atanh(0.5), math.asin(0.5), math.acos(-1))
print(math.atan2(-0.0, -1), math.atan2(1, 0), math.hypot(3, 4, 12), math.hypot(), math.hypot(-7), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.copysign(3, -0.0), math.fmod(-10, 3), math.fmod(10, math.inf), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2))
print(math.frexp(0.0), math.frexp(-8.5), math.frexp(1e-310), math.ldexp(1, -1074), math.ldexp(-0.75, 3), math.modf(-0.0), math.modf(math.inf), math.modf(5.0))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.ulp(1), math.ulp(1e300), math.ulp(0), math.ulp(math.inf))
print(math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.lgamma(10), math.lgamma(0.5), math.erf(1), math.erfc(1), math.erf(0))
print(math.degrees(1), math.radians(90), math.pow(2, 0.5), math.pow(-8, 3), math.pow(math.inf, -1), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(a=1, b=1.0000000001), math.isclose(5, 5.4, rel_tol=0.1))
