# expandtabs: columns reset at newlines and carriage returns; tab sizes 0, 1, negative and keyword use.
for s in ["a\tb\tc", "\t", "ab\tc\nxyz\tq\r\tz", "é\tü\t😀\tx", "12345678\tx", ""]:
    print([s.expandtabs(n) for n in (8, 4, 1, 0, -3)], s.expandtabs() == s.expandtabs(tabsize=8))
try:
    "a".expandtabs("4")
except TypeError as e:
    print("TypeError", e)
