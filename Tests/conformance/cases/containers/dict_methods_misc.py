d = dict(zip("abc", range(3)))
print(d, d.copy() == d, d.copy() is d)
print(sorted(d, key=d.get, reverse=True))
print(max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
d.clear(); print(d, len(d))
print(dict(sorted({"b": 1, "a": 2}.items())))
print(list({"x": 1}.items())[0], type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
