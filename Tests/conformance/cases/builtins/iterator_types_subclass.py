for t in (enumerate, zip, map, filter, reversed):
    print(t.__name__, type(t), isinstance(t, type))
objs = [enumerate([]), zip(), map(len, []), filter(None, []), reversed("a")]
print([type(o).__name__ for o in objs])
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(zip(), map))
print(["<" + type(o).__name__ + " object at 0x" in repr(o) for o in objs])
print([iter(o) is o for o in objs])
class Numbered(enumerate):
    pass
n = Numbered("ab", 1)
print(type(n).__name__, isinstance(n, enumerate), [*n])
class Pairs(zip):
    def describe(self):
        return "pairs"
p = Pairs("ab", "cd")
print(p.describe(), [*p])
print(hasattr(enumerate([]), "__next__"), hasattr(zip(), "__iter__"))
e = enumerate("ab")
print(e.__next__(), e.__next__())
try:
    e.__next__()
except StopIteration:
    print("StopIteration")
