# tuple(x), list(x) and set(x) of the exact builtin types take a direct path from the call
# instruction; errors, generators and subclasses must behave as before.
def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("stop at %d" % i)
        yield i * i


print(tuple(gen(4)), list(gen(4)), sorted(set(gen(4))))
print(tuple([1, 2]), list((3, 4)), sorted(set("abca")), tuple(range(3)), list({"k": 1}))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
for make in (tuple, list, set):
    try:
        make(5)
    except TypeError as e:
        print(make.__name__, "TypeError:", e)
    try:
        make(gen(5, fail_at=2))
    except ValueError as e:
        print(make.__name__, "ValueError:", e)
    try:
        make([1], [2])
    except TypeError as e:
        print(make.__name__, "TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)


class Items(list):
    def __init__(self, iterable):
        super().__init__(iterable)
        self.note = "made"


items = Items(gen(3))
print(type(items).__name__, items, items.note)
g = gen(6)
next(g)
print(list(g), list(g))
vec = (2, 0, 1)
print([len(set(vec[i] + i for i in range(3))) for _ in range(3)])
