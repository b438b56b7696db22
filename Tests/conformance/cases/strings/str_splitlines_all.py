# splitlines on every line boundary Python recognises, with and without keepends.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(1))
for t in ["", "\n", "x", "x\n", "\r\n\r\n", "a\r", "\n\rb"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("one\x1ftwo".splitlines(), "a\u000bb".splitlines())
