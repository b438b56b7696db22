data = [3.5, -1.25, 2, 0.0, -0.0, 1e-9, 10, 7.25]
print(sorted(data))
print(sorted(data, reverse=True))
print(max(data), min(data), sum(data))
print(sorted(data, key=abs))
print(1.0 in [1], 2 in [2.0], [1.0, 2] == [1, 2.0])
