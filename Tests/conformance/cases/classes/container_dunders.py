class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag(1, 2, 3)
print(len(b), list(b), 2 in b, b[0], b[-1], b[1:])
b[0] = 10
del b[1]
print(b.items, list(reversed(b)), bool(b), bool(Bag()))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), list(reversed([*Seq()])))
class Missing(dict):
    def __missing__(self, key):
        return f"default-{key}"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"))
