x = 1234.56789
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "012.2f", "n", ".0f", "#.0f", ".5"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.00001, float("inf"), float("nan"), -float("inf")]:
    print(format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"), "%s %r %g" % (v, v, v))
