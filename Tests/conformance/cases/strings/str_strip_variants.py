# strip/lstrip/rstrip with default whitespace (incl. Unicode spaces) and with character sets.
for s in ["  hi  ", "\t\n hi \r\x0b", "\u3000\u00a0hi\u2003", "xxhixx", "", "   ", "€€a€b€€", "abcba"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          repr(s.strip("x€")), repr(s.lstrip("ab")), repr(s.rstrip("ab")), repr(s.strip(None)), repr(s.strip("")))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(2), lambda: "a".rstrip("a", "b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
