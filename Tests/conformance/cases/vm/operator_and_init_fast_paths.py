# Binary operator methods written in Python, class instantiation through a remembered __init__,
# and string equality: each has a shortcut that must follow changes to the classes involved.
class V:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __add__(self, other, scale=1):
        return V(self.x + other.x * scale, self.y + other.y * scale)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rsub__(self, other):
        return V(other - self.x, other - self.y)

    def __eq__(self, other):
        return isinstance(other, V) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a = V(1, 2)
total = V(0)
for i in range(5):
    total = total + a * i
print(total, 10 - a, a == V(1, 2), a != V(1, 3), a == 5)


def new_init(self, x, y=0):
    self.x, self.y = -x, -y


for _ in range(3):
    V(1)
V.__init__ = new_init
print(V(1), V(2, 3))


class W(V):
    pass


print([W(i) for i in range(3)])


def base_init(self, x, y=100):
    self.x, self.y = x, y


V.__init__ = base_init
print(W(1), V(2))
del V.__init__
try:
    W(1)
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __add__(self, other):
        yield other
        yield other


print(list(Gen() + 5))


class Bad:
    def __add__(self, other):
        raise ValueError("no add for %r" % (other,))


try:
    Bad() + 1
except ValueError as e:
    print("ValueError:", e)

words = ["alpha", "beta", "alpha", "é", "e", "", "alphabet"]
print([(x == y, x != y, x < y, x <= y, x > y, x >= y) for x in words for y in words][:12])
s = "".join(["al", "pha"])
print(s == "alpha", s != "alpha", "é" > "e", "alphabet" > "alpha")
