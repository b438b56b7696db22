# replace with counts (negative, zero, big), empty patterns and non-ASCII text.
cases = [("banana", "a", "o"), ("banana", "an", ""), ("banana", "", "-"), ("", "", "x"), ("", "a", "b"),
         ("ééé", "é", "e"), ("a😀b😀", "😀", "<>"), ("aaaa", "aa", "b"), ("abc", "abcd", "x")]
for s, old, new in cases:
    print(repr(s), [s.replace(old, new, n) for n in (-1, 0, 1, 2, 100)], s.replace(old, new))
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", None), lambda: "a".replace("a"),
            lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", 1.5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
