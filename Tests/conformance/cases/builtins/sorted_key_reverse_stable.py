data = ["Banana", "apple", "Cherry", "date", "Apple"]
print(sorted(data))
print(sorted(data, key=str.casefold))
print(sorted(data, key=str.casefold, reverse=True))
print(sorted(data, key=lambda s: (-len(s), s)))
print(sorted(range(-5, 6), key=lambda v: (v * v, v)))
print(sorted([3, 1, 2], key=None), sorted([1.5, 1, True, 0.5]))
