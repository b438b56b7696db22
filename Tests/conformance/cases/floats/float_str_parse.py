for s in ["1", "1.", ".1", "1e5", "1E-5", "-0", "+0.0", "1_000.5", "0x1p3", " 3.25 \n", "1e-400", "1e400", "InFiNiTy", "-nan", "1.7976931348623157e308", "4.9e-324"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
