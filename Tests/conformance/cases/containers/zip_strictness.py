print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(dict(zip(["a", "b"], [1, 2])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
