n = 42
for spec in ["d", "5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "-d", "x", "#x", "#X", "o", "#o", "b", "#b", "08b", "#010b", "c", "n", ",", "_", "_b", "e", ".2f", "%", "=+6d"]:
    print(repr(spec), repr(format(n, spec)))
print(format(-42, "=8d"), format(-42, "08d"), format(-255, "#x"))
print(format(True, "d"), format(True, ""), format(65, "c"))
try:
    format(42, "s")
except ValueError as e:
    print("ValueError", e)
try:
    format(4.5, "d")
except ValueError as e:
    print("ValueError", e)
