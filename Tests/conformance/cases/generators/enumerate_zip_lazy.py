def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
for a, b in zip(noisy("A", 3), noisy("B", 2)):
    print("pair", a, b)
for i, v in enumerate(noisy("C", 2)):
    print("enum", i, v)
m = map(lambda v: v * 100, noisy("D", 2))
print("map created")
print(list(m))
