# find/rfind/index/rindex/count with start/end (negative, None, past the end) on ASCII and non-ASCII text.
texts = ["abracadabra", "ééaéé€a😀a", "", "aaaa"]
for s in texts:
    print(repr(s))
    for sub in ["a", "ab", "é", "😀a", "", "zz"]:
        print(" ", repr(sub), s.find(sub), s.rfind(sub), s.count(sub),
              s.find(sub, 2), s.rfind(sub, 0, -2), s.count(sub, -4), s.find(sub, None, 3),
              s.find(sub, 100), s.count(sub, 100), s.rfind(sub, -100, 100))
for s, sub in [("abc", "d"), ("abc", "c")]:
    for method in ("index", "rindex"):
        try:
            print(method, getattr(s, method)(sub, 0, 2))
        except ValueError as e:
            print(method, "ValueError", e)
print("aaaaa".count("aa"), "a-b-c".count("-", 2), "😀😀😀".count("😀😀"))
