for s in ["a=b", "=b", "a=", "=", "", "a==b"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.split("="), s.rsplit("=", 1))
print("a b  c".split(" "), "a\tb\nc  d".split(), "  x  y  ".split(None, 1), "  x  y  ".rsplit(None, 1))
print("1,2,3".split(",", 0), "1,2,3".split(",", -1), "abc".split("abc"), "abcabc".split("b"))
