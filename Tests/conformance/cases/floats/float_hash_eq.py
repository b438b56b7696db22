print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(12345678901234567890))
print(hash(1.5), hash(-2.25), hash(0.0))
