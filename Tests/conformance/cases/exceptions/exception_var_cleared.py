try:
    raise ValueError("x")
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError", e)
print(repr(saved))
