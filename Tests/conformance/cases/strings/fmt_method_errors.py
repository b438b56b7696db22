# str.format parse and lookup errors, with CPython's messages and exception types.
cases = [("{", ()), ("}", ()), ("a}b", ()), ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{1}", (1,)), ("{}", ()), ("{x}", ()),
         ("{0.y}", (1,)), ("{0[1]}", ([1],)), ("{0[x]}", ({},)), ("{!z}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)),
         ("{0!r", (1,)), ("{:", (1,)), ("{a", ()), ("{0[}", (1,)), ("{0]}", (1,)), ("{a.}", ()), ("{0[]}", ([1],)),
         ("{0[0]x}", ([1],)), ("{0:{1:{2}}}", (1, 2, 3)), ("{:{}}", (1,)), ("{0:{1}}", (1, "{}")), ("{ 0}", (7,)),
         ("{-1}", (7,)), ("{0x}", (7,)), ("{99999999999999999999999}", (1,)), ("{:d}", ("a",)), ("{{}", ()), ("{}}", (1,)),
         ("{0{}}", (1,)), ("{!}", (1,)), ("{0!\n}", (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, mapping in [("{0}", {}), ("{}", {}), ("{x}", []), ("{x}", {"y": 1})]:
    try:
        print(fmt.format_map(mapping))
    except (ValueError, TypeError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
