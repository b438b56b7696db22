print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("-0x10", 0), int("  +42\n"))
print(int("0", 0), int("000", 0), int("0_0", 0), int("-0b1", 0), int("1" * 30, 2))
print(int(b"123"), int(b"-7"), int(b" 0x1f ", 16), int("\u0663\u0664"))
for text, base in [("12", 2), ("0x", 16), ("010", 0), ("9", 8), ("", 10), ("0b", 0), ("1 2", 10), ("--1", 10), ("0o8", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(b"xyz")
except ValueError as e:
    print("ValueError", e)
try:
    int(base=10)
except TypeError as e:
    print("TypeError", e)
