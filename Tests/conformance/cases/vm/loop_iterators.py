# `for` over lists and ranges steps the iterator where it lies: growth during the loop, exhaustion
# that lasts, mixing next() with the loop, overflow at the ends of the int range, length hints.
import sys

xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 3 and len(xs) < 6:
        xs.append(x * 10)
print(seen, xs)

it = iter([1, 2])
print(list(it), list(it))
grow = [0]
it = iter(grow)
print(next(it), next(it, "done"))
grow.append(1)
print(next(it, "still done"))

it = iter(range(10))
for i in it:
    if i % 3 == 0:
        print("skip", next(it, None))
print(it.__length_hint__(), iter(range(5, 0, -2)).__length_hint__())

big = sys.maxsize
print(list(range(big - 2, big)), list(range(-big - 1, -big + 2)), list(range(big - 1, big - 7, -2)))
print(list(range(0, 10, 4)), list(range(10, 0, -4)), list(range(3, 3)), list(reversed(range(1, 8, 3))))
r = iter(range(big - 3, big, 2))
print(next(r), next(r), next(r, "end"), next(r, "end"))

def nested():
    total = 0
    for a in range(4):
        for b in [a, a + 1]:
            for c in (b, -b):
                total += c * a
    return total
print(nested())

class Sub(list):
    pass
print([v for v in Sub([3, 4])], [v for v in iter(Sub([5]))])
