# len, isinstance and list.append run without argument arrays in their usual forms: results, list
# subclasses, unbound calls, and every error from the real functions.
class MyList(list):
    pass

class Counted(list):
    def append(self, x):
        super().append(x * 10)

class Sized:
    def __len__(self):
        return 3

class BadLen:
    def __len__(self):
        return -1

xs = []
for i in range(5):
    xs.append(i)
m = MyList()
m.append("a")
c = Counted()
c.append(2)
list.append(xs, "unbound")
bound = xs.append
bound("bound")
print(xs, m, c, len(xs), len(m), len("héllo"), len({1: 2}), len(Sized()), len(range(10**20 + 1) if False else range(7)))
print(isinstance(1, int), isinstance(True, int), isinstance(m, list), isinstance(m, (str, MyList)), isinstance(1.5, (int, (str, float))))
for bad in (lambda: len(5), lambda: len(BadLen()), lambda: len(), lambda: len(1, 2), lambda: isinstance(1, 2),
            lambda: isinstance(1), lambda: list.append(5, 1), lambda: list.append(xs), lambda: xs.append(),
            lambda: xs.append(1, 2), lambda: list.append("s", 1)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError", e)
