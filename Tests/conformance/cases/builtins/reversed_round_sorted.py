print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, "a"))))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(12345, -3), round(7), round(1.23456, 3))
print(sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([[2, 1], [1, 2]]), sorted([]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
