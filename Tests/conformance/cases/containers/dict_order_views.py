d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
del d["alpha"]
d["alpha"] = 0
print(list(d))
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
print(d.items() - {("zeta", 4)} == {("mid", 3), ("beta", 4), ("alpha", 0), ("new", 1)})
print(sorted(d.values()), list(reversed(d)))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
print(d | {"zeta": 100}, {**d, "x": 1} == d | {"x": 1})
e = dict(d); e |= {"q": 9}; print(e)
