pairs = [("Straße", "STRASSE"), ("Hello", "hELLO"), ("ﬁ", "fi"), ("Σ", "σ")]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())
print("ΟΔΟΣ".lower(), "ﬀ".upper(), "ŉ".upper(), len("ŉ".upper()))
