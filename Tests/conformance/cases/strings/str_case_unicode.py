# Case conversions with full mappings: ß, ligatures, titlecase digraphs, final sigma, dotted I.
words = ["straße", "ﬁne ﬂour", "ǆungla ǅ ǄX", "ΟΔΟΣ ΣΑΣ Σ ΑΣ.", "İstanbul", "ŉ", "hello wORLD", "they're o'neil",
         "123abc déjà-vu", "ǰ", "ᾳ", "µ", "ﬀ"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.casefold(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase())
    print(len(w), len(w.upper()), len(w.lower()), len(w.casefold()))
print("ΑΣ\u0301 x".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower(), "aΣ'".lower())
print("Straße".casefold() == "STRASSE".casefold(), "ﬃ".upper(), "ﬃ".title())
