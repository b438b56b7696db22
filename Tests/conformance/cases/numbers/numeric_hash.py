vals = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100, -(3 ** 80), 0.5, -0.5, 1.5e300, -2.0 ** 70, 1e-300, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(2 ** 64) == hash(2.0 ** 64), hash(complex(2, 3)))
d = {1: "int", 2.0: "float", 3 + 0j: "complex"}
print(d[1.0], d[2], d[3], d[True], 2 in d, 2 ** 64 in {2.0 ** 64: 1})
print(len({0, 0.0, -0.0, False, 0j}), len({1, 1.0, True}), len({2 ** 70, 2.0 ** 70}))
