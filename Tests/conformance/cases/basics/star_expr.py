a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *"xy"))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*a, *b})
print(*a, *b, sep="-")
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, x=1, **{"y": 2}))
t = *range(3),
print(t)
