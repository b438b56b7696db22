n = 123456789012345678901234567890
print(hex(n), oct(n), bin(n))
print(hex(-n))
print(int("ff", 16), int("0xff", 16), int("0o777", 0), int("0b1010", 0), int("777", 8))
print(int("zz", 36), int("-101", 2), int("  42  "), int("1_000_000"))
print(int("123456789abcdef123456789abcdef", 16))
print(int("9" * 50) + 1)
print(format(n, "x"), format(n, "X"), format(n, "o"), format(n, "b")[:20])
print(format(n, ","), format(n, "_"), format(-n, "_x"))
for base in (2, 3, 7, 16, 36):
    print(base, int("1" * 20, base))
