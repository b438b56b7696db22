try:
    open("/tmp/smolder/definitely/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError))
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open("/tmp/smolder/definitely/missing.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
for mode in ["q", "rw", "rt+b", "rr", "", "+", "U", "wa", "bt"]:
    try:
        open("/tmp/smolder_conf_open_errors.txt", mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
for args in [(), (1.5,), ("/tmp/x", 1), ("/tmp/x", "r", -1, 5)]:
    try:
        open(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    open("/tmp/x", "r", x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    open("/tmp/smolder_conf_open_errors.txt", "w", encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    open("/tmp/smolder_conf_open_errors.txt", "w", buffering=0)
except ValueError as e:
    print("ValueError:", e)
