s = "python"
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "-<8", "s"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(f"{'é':>4}"), repr(f"{'日本':^6}"))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format("x", "=5")
except ValueError as e:
    print("ValueError", e)
