print(int(3.9), int(-3.9), int("  -17 "), int(True), int(False))
print(int(1e20), int(-2.5e15))
print(float(3), float("1.5"), float("-inf"), float("  2e3 "))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(int("0"), int("-0"), int("+5"))
for s in ["12a", "", "1.5", "0x10", " "]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
