def tracer(name, val):
    print("eval", name)
    return val
x = y = tracer("rhs", [1, 2])
print(x is y)
d = {}
d["a"] = d["b"] = 5
print(sorted(d.items()))
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
