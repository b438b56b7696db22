import bisect

a = []
for x in [5, 3, 8, 3, 1, 9, 5, 5, 0, 7, 2, 8]:
    bisect.insort(a, x)
    print(a)
b = []
for x in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e")]:
    bisect.insort_left(b, x)
print(b)

class Tagged:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "%d%s" % (self.v, self.tag)

left, right = [], []
for v, t in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (2, "e"), (0, "f")]:
    bisect.insort_left(left, Tagged(v, t))
    bisect.insort_right(right, Tagged(v, t))
print(left, right)
c = [1, 2, 3, 4, 5]
bisect.insort(c, 10, 0, 2)
bisect.insort_left(c, -1, 3)
print(c)

class Recording(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)

r = Recording([1, 4, 9])
bisect.insort(r, 5)
bisect.insort_left(r, 4)
print(r)
