# partition/rpartition and removeprefix/removesuffix, including non-ASCII separators and errors.
for s in ["key=value=x", "novalue", "", "=", "€a€b€", "a==b"]:
    for sep in ["=", "€", "=="]:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
for s in ["prefix-body-suffix", "", "pre", "ééx"]:
    print(s.removeprefix("prefix-"), s.removesuffix("-suffix"), s.removeprefix(""), s.removesuffix(s), s.removeprefix("é"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None),
            lambda: "a".removeprefix(None), lambda: "a".removesuffix(1), lambda: "a".partition()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
