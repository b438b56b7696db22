for v in [0.5, 0.1, -2.75, 1e300, 5e-324, 3.0, -0.0, 1.0, 123456.789]:
    print(v, v.as_integer_ratio(), v.is_integer(), int(v))
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer(), float("nan").is_integer(), (1e300).is_integer(), (0.5).real, (0.5).imag)
print(int(1e100), int(-1.5e20), int(2.0 ** 63), int(-2.0 ** 63), int(9.999999999999999e22))
print(7.0 == 7, 7.5 > 7, 2.0 ** 63 == 2 ** 63, 2.0 ** 63 == 2 ** 63 - 1, float(2 ** 63 - 1) == 2 ** 63, 1e400 if False else 1e300 > 10 ** 299)
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0), hash(0.5), hash(-0.0), hash(1e300))
