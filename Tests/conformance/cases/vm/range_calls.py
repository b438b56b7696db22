# range(...) with machine ints is made straight from the call instruction; every other argument
# kind takes the general path with CPython's messages.
big = 2 ** 70
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(-3)))
print(range(7), range(1, 7), range(1, 7, 2), len(range(0, 100, 7)), range(3)[1], range(0, 10, 3)[-1])
print(range(True), list(range(False, True)), range(big)[-1] == big - 1, range(2, big, 3)[1])
print(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)[3], len(range(-(2 ** 62), 2 ** 62)))
for bad in [(0, 10, 0), (1.5,), ("3",), (), (1, 2, 3, 4), (None, 3)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __index__(self):
        return 4


print(list(range(Index())), list(range(1, Index())))
total = 0
for n in range(200):
    for i in range(n % 7, n % 11, 1 + n % 3):
        total += i
print(total)
