print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(0.5), hash(1e100), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
