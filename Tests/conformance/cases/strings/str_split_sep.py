# split/rsplit with an explicit separator, maxsplit, and the errors.
for s in ["a,b,,c,", ",", "", "a", "a::b::::c", "ä€ä€€ä"]:
    for sep in [",", "::", "€", "€€"]:
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0))
print("1 2 3".split(" ", maxsplit=1), "1 2 3".rsplit(sep=" ", maxsplit=1))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(",", "x"),
            lambda: "a".split(",", 1, 2), lambda: "a".split(x=1), lambda: "a".split(",", sep=",")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
