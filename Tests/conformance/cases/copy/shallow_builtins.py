import copy

inner = [1, 2]
for x in [None, 1, 2.5, True, 3j, "s", b"b", (1, inner), frozenset([1]), range(3), slice(1, 2), len, copy.copy, int, Ellipsis, NotImplemented]:
    print(repr(x)[:20], copy.copy(x) is x)
for x in [[1, inner], {"a": inner}, {1, 2, 3}, bytearray(b"xy")]:
    y = copy.copy(x)
    print(type(y).__name__, y == x, y is x)
lst = [inner, [3]]
c = copy.copy(lst)
print(c[0] is inner, c is lst)
d = {"k": inner}
c = copy.copy(d)
c["new"] = 1
print(sorted(d), sorted(c), c["k"] is inner)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error, sorted(copy.__all__))
