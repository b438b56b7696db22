def inner():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    inner()
except KeyError as e:
    print("outer got", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err
print(repr(handler()))
try:
    e
except NameError as exc:
    print("NameError", exc)
