for a, b in [(1, 0), (1.0, 0), (1, 0.0), (5, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{a!r} {op} {b!r}")
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
