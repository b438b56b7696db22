tests = ["bytes(-1)", "bytes('a')", "bytes([256])", "bytes([-1])", "bytes(['a'])", "b'a' + 'b'", "'a' in b'a'",
         "300 in b'a'", "b'a'[5]", "bytes(1.5)", "bytes(b'a', 'utf-8')", "bytes('\\u00e9', 'ascii')", "bytearray(1, 2, 3, 4)"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
print(bytes(range(5)), bytearray(iter([104, 105])), bytes(source=b'kw'), bytes('x\u00e9', 'latin-1'), bytes('x\u00e9', 'ascii', 'replace'))
