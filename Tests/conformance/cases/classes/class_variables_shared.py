class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, b.items, Shared.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1); d.add(2)
print(c.items, d.items)
class Count:
    n = 0
    def inc(self):
        self.n += 1
e = Count(); e.inc(); e.inc()
print(e.n, Count.n)
