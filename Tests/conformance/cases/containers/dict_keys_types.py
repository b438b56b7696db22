d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset({1}): "fs", True: "bool?"}
for k, v in d.items():
    print(repr(k), v)
print(len(d), d[1], d[True])
