# reversed(), len(), bool() and indexing of ranges, at the machine-int edges and beyond.
import sys

big = sys.maxsize
cases = [range(0), range(5), range(1, 10, 3), range(10, 0, -2), range(-5, 5, 4),
         range(5, 5), range(5, 0), range(0, 5, -1), range(-big - 1, -big + 2),
         range(big - 2, big), range(big, big - 3, -1), range(-big - 1, big, big),
         range(0, 10 ** 20, 10 ** 19), range(10 ** 20, 0, -(10 ** 19)),
         range(-big - 1, -big - 4, -1), range(3, -big - 1, -big)]
for r in cases:
    print(r, list(reversed(r)), len(r), bool(r), r.__len__(), r.__bool__(), list(r.__reversed__()))
    for i in (0, 1, -1, -2, len(r) - 1, len(r), -len(r), -len(r) - 1):
        try:
            print(" ", i, r[i])
        except IndexError as e:
            print(" ", i, "IndexError", e)

# An exhausted reversed iterator stays exhausted.
it = reversed(range(2))
print(next(it), next(it), next(it, "end"), next(it, "end"))
print(type(reversed(range(3))).__name__, type(reversed(range(0))).__name__)
print(list(reversed(range(big - 1, big + 2))), list(reversed(range(-big - 2, -big))))

# len() of huge ranges overflows like CPython.
for r in (range(-big - 1, big), range(10 ** 30)):
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError", e)
    print(bool(r), r[-1], r[0])
print(range(7)[True], range(7)[-True])
