r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r)
print(range(5), range(0), list(range(5, 0, -2)), len(range(10, 0)), range(3) == range(0, 3, 1))
print(r.index(11), r.count(5), range(0, 10 ** 20, 7)[10 ** 18], len(range(-5, 5, 3)))
print(list(range(-3)), list(range(1, -3, -1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
print(range(0, 6, 2) == range(0, 5, 2), bool(range(0)), min(range(4, 9)), sum(range(101)))
