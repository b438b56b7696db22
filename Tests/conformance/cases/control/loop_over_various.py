for k in {"b": 1, "a": 2}:
    print("key", k)
for ch in b"AB":
    print("byte", ch)
for n in {3, 1, 2}:
    print("set item", n)
for idx in range(10, 0, -4):
    print("range", idx)
for pair in {"x": 1}.items():
    print("item", pair)
for a, b in zip("xy", range(5)):
    print(a, b)
