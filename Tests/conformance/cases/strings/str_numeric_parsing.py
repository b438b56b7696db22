for s in ["42", "-7", "3.5", "1e3", "inf", "-Infinity", "nan", "0x1F", "1_0", " 12 ", "١٢٣"]:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(s)))
        except ValueError as e:
            out.append("err:" + str(e))
    print(repr(s), out)
