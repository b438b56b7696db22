a = {1, 2, 3}
for other in [{1, 2}, {1, 2, 3}, {1, 2, 3, 4}, {5}]:
    print(sorted(other), a < other, a <= other, a > other, a >= other, a == other)
print(set("aab") == {"a", "b"}, len(set("mississippi")))
print(sorted({-3, 10, 0, 7, -1, 100}))
print({True, 1, 1.0}, {0, False}, {2, 2.0})
