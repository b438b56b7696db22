it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
g = (x for x in [])
print(next(g, "empty"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
