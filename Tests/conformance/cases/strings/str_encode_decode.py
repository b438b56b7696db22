# encode/decode with utf-8, ascii and latin-1 and the error handlers; CPython's error messages.
for s in ["plain", "café", "€uro", "😀!", ""]:
    for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin_1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(repr(s), enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(repr(s), enc, errors, "UnicodeEncodeError", e)
print("x".encode(), "é".encode(encoding="latin-1"), "é".encode(errors="strict"))
for data, enc, errors in [(b"caf\xc3\xa9", "utf-8", "strict"), (b"\xff", "utf-8", "strict"), (b"ab\xe4\xb8", "utf-8", "strict"),
                          (b"\xe4\xb8x", "utf-8", "strict"), (b"\xe4x", "utf-8", "strict"), (b"\xc0\x80", "utf-8", "strict"),
                          (b"\xed\xa0\x80z", "utf-8", "replace"), (b"a\xffb\xfe", "utf-8", "ignore"), (b"a\xffb", "utf-8", "backslashreplace"),
                          (b"\x80abc", "ascii", "strict"), (b"\xe9t\xe9", "latin-1", "strict"), (b"\xf0\x9f\x98\x80", "utf-8", "strict")]:
    try:
        print(repr(str(data, enc, errors)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for bad in [lambda: "a".encode("nope"), lambda: "é".encode("ascii", "bogus"), lambda: "a".encode(1), lambda: str(1, "utf-8"),
            lambda: str("a", "utf-8"), lambda: str(b"a", encoding=1)]:
    try:
        print(bad())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
