try:
    try:
        raise ValueError("base problem")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)
