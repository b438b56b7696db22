# split()/rsplit() on Unicode whitespace with maxsplit: the unsplit rest keeps its inner/outer spacing.
samples = ["  a b   c  ", "a\tb\nc\x0bd\x0ce\rf", "x\u00a0y\u2003z\u3000w", "\x1c\x1d\x1e\x1fq", "", "   ", "one",
           "a\u0085b\u2028c\u2029d", "é  ü   ß "]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    for n in (0, 1, 2, -1):
        print("  ", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n))
