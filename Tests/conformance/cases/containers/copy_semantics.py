a = [[1, 2], [3]]
b = a.copy()
c = list(a)
d = a[:]
b[0].append(99)
b.append("b-only")
print(a, b, c, d)
e = {"x": [1]}
f = dict(e); f["x"].append(2); f["y"] = 0
print(e, f)
g = {1, 2}; h = g.copy(); h.add(3); print(g, h)
