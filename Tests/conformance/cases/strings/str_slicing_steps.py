# Slicing by code point with every step sign and out-of-range bounds, on ASCII and non-ASCII text.
for s in ["0123456789", "aé€😀bç", ""]:
    print(repr(s))
    for start in (None, 0, 2, -2, -100, 100):
        row = []
        for stop in (None, 3, -1, 100, -100):
            for step in (None, 1, 2, -1, -2, 3):
                row.append(s[start:stop:step])
        print(" ", start, "|".join(row))
print("abc"[2**70:], "abc"[:-2**70], "abc"[::2**70], "abc"[::-2**70])
print("😀x"[::-1], "héllo"[-1::-2], "x"[5:], "abc"[True:])
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError", e)
