sq = {x: x * x for x in range(6)}
print(sq)
inv = {v: k for k, v in sq.items() if k % 2}
print(inv)
words = ["apple", "bob", "cat", "apricot", "banana"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({k: len(v) for k, v in by_first.items()})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
