g = lambda v: v["key"] * 2
print(g({}))
