items = [1, "a"]
print(sorted(items, key=lambda v: v + 1))
