# Float formatting: repr-style default, g trimming, rounding ties, exponent switches, z, #, grouping, inf/nan.
inf = 1e400
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e16, 1e-5, 1.5e-7, 123456789.123, 1e22, -2.5e-300,
          inf, -inf, inf - inf, 0.5, 1.005, 9.995, 99.5, 1234.5, 0.125, 1e15, 123456.0, 100.0]
specs = ["", ".0", ".1", ".3", ".10", "e", ".0e", "#.0e", "E", "f", ".0f", "#.0f", ".2f", "F", "g", ".0g", ".1g", ".3g",
         "#g", "#.3g", "G", "%", ".0%", "n", ",", "_", ",.2f", "015,.2f", "010", "+", " ", "z", "z.1f", "z.0f",
         "=+12.3f", "*^15.4e", "<10", "#", "#.3", ".20g", ".17", "010.3e", ",g", "_e", ".3n", "+.1%"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(("{:" + spec + "}").format(v))
        except ValueError as e:
            out.append("ValueError:" + str(e))
    print(repr(v), "|".join(out))
