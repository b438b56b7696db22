print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1, 0.2]), sum(range(1, 101)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True]), sum([1j, 2]))
print(sum([2 ** 64, 2 ** 64]), sum(x * x for x in range(10)), sum([1.5, 2], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
