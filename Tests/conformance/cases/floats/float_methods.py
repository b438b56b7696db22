print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(float("1e500"), float("-1e500"), float("1e-500"))
print(int(2.9999), int(-0.5), float(2 ** 60), float("  .5 "), float("5."))
print(abs(-2.5), -(2.5), +(-0.0), (2.5).conjugate(), (2.5).real, (2.5).imag)
print(max(1.5, 2), min(-0.0, 0.0), 0.0 == -0.0)
for s in ["abc", "1.2.3", "", "1e"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
