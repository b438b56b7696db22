a = [1, 1.0, True, "1", [1], (1,)]
print(a.count(1), a.count("1"), a.count([1]), a.index(True), a.index((1,)))
print([x for x in a if x == 1])
print(list(map(type, a)) == [int, float, bool, str, list, tuple])
print([type(x).__name__ for x in a])
