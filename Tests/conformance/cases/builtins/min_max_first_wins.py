class Item:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
items = [Item("a", 2), Item("b", 5), Item("c", 5), Item("d", 1), Item("e", 1)]
print(max(items, key=lambda i: i.rank).name, min(items, key=lambda i: i.rank).name)
print(max([1, 3, 3, 2], key=lambda v: v % 3), min([4, 1, 7], key=lambda v: v % 3))
print(max(["bb", "aa", "cc"], key=len), min(["bb", "aa", "c", "d"], key=len))
calls = []
def key(v):
    calls.append(v)
    return -v
print(max([3, 1, 2], key=key), calls)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
print(max(Cmp(1), Cmp(3), Cmp(2)).v)
print(min(Cmp(2), Cmp(1)).v)
