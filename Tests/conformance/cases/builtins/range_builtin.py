print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 5)))
r = range(-10, 10, 4)
print(r, len(r), r[2], r[-1], list(r[1:3]), 6 in r, 7 in r, r.index(2))
print(range(10 ** 30)[-1], range(10 ** 20)[5], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
print(list(range(True, 3)), sum(range(1, 1001)))
