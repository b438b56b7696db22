# The format-spec mini-language on ints (incl. bool and big ints): every presentation type and flag combination.
values = [0, 7, -7, 255, -4096, 1234567, 2**64 + 1, -(2**80), True]
specs = ["", "d", "4", "<6", "^7", ">+8", "=+9", "08", "-08", " 5", "+", " ", ",", "_", "012,", "015_", "x", "X", "#x",
         "#X", "#012x", "o", "#o", "b", "#b", "_b", "#_x", "_o", "n", "c", "e", ".3e", "f", ".2f", "g", "%", ".1%", "*^12,",
         "0<6", ">+10,", "G", "E", "F", "016_b", "#012_o", "09,d", "x<8", "!^9"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(("{:" + spec + "}").format(v))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(out))
