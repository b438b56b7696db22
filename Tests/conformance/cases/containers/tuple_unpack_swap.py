points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
xs, ys = zip(*points)
print(xs, ys)
print(dict(points), list(map(sum, points)))
a, b, c = "xyz"
print(a, b, c)
def mm(*vals):
    return min(vals), max(vals)
lo, hi = mm(4, 9, 1)
print(lo, hi)
