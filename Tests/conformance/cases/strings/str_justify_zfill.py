# center/ljust/rjust/zfill: CPython's centering rule for odd margins, fill characters and errors.
for s in ["", "a", "ab", "abc", "日本", "x😀"]:
    print([s.center(w) for w in range(6)], [s.center(w, "*") for w in (5, 6, 7)])
    print(s.ljust(5, "-") + "|", s.rjust(5, "é") + "|", s.ljust(-3) + "|", s.rjust(1) + "|")
for s in ["42", "-42", "+42", "", "-", "abc", "+", "é"]:
    print(repr(s), s.zfill(0), s.zfill(5), s.zfill(1))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".center(5, 7),
            lambda: "a".ljust("5"), lambda: "a".rjust(2.0), lambda: "a".zfill(None), lambda: "a".center()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
