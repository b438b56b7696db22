# Errors from format specs, with CPython's messages.
cases = [(1, "s"), (1, ".2"), (1, "z"), (1, "+c"), (1, "#c"), (1, ",c"), (1, ",,"), (1, "_,"), (1, ",_"), (1, "xx"),
         (1, "."), (1, "10000000000000000000000"), (1, ",n"), (1, "_s"), (2**70, "c"), (-1, "c"), (0x110000, "c"),
         (1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "_n"), (1.5, ",s"), (1.5, "ss"), ("a", "d"), ("a", "+"), ("a", " "),
         ("a", "z"), ("a", "#"), ("a", "="), ("a", ",") , ("a", ".x"), (1+2j, "=5"), (1+2j, "05"), (1+2j, "d"), (1+2j, "%"),
         (1+2j, "0>5"), (None, "x"), ([1], "5"), (object(), "s"), (True, "s"), (1, "\x01"), (1, "é")]
for value, spec in cases:
    try:
        print(repr(spec), ("{:" + spec + "}").format(value))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
