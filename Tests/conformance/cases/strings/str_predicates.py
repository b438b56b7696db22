# is...() predicates across character classes.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "ABC def", "abc123", "123", "١٢٣", "²", "½", "Ⅻ", " \t\n", "\u00a0",
           "\u200b", "é", "ǅ", "ǅungla", "a_b", "_x1", "1x", "class", "x y", "ñame", "\x00", "\x7f", "~!", "ⅷ", "ﬁ",
           "Σ", "ΣΑΣ ΟΔΟΣ", "Hello, World!", "A1 B2", "aBc"]
names = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "istitle",
         "isidentifier", "isascii", "isprintable"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
