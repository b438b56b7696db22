# startswith/endswith with tuples, start/end ranges (negative, beyond the end) and errors.
s = "hello wörld"
print(s.startswith("he"), s.startswith(("x", "hel")), s.startswith(()), s.endswith("ld"), s.endswith(("wörld", "q")))
print(s.startswith("wö", 6), s.startswith("wö", -5), s.endswith("hello", 0, 5), s.endswith("o", None, 5))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", -100, -50), s.startswith("h", -100))
print("".startswith(""), "".endswith(""), "".startswith("a"), "abc".endswith("abcd"), "abc".endswith("bc", 1, 2))
for bad in [lambda: s.startswith(["he"]), lambda: s.endswith(("a", 1)), lambda: s.startswith(None),
            lambda: s.startswith("a", "b"), lambda: s.endswith()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
