data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(key=lambda v: -v); print(data)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError", e)
recs = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])])
