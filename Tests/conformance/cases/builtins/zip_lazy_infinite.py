def count(n=0):
    while True:
        yield n
        n += 1
print([*zip(count(), [1, 2])], [*zip("ab", count(5))])
print([*zip()], [*zip("ab")], [*zip([], count())])
def noisy(name, items):
    for v in items:
        print("pull", name, v)
        yield v
z = zip(noisy("a", [1, 2, 3]), noisy("b", "xy"))
print("zip made")
for pair in z:
    print(pair)
print(next(z, "exhausted"), next(z, "still"))
keys, vals = zip(*[("a", 1), ("b", 2)])
print(keys, vals)
print({k: v for k, v in zip("abc", count())})
