import copy

inner = [1, 2]
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.deepcopy((1, inner)) == (1, inner), copy.deepcopy((1, inner)) is (1, inner))
data = {"a": [inner, inner], "b": (inner, 3), "c": {"d": [4, {"e": inner}]}}
dc = copy.deepcopy(data)
print(dc == data, dc["a"][0] is inner, dc["a"][0] is dc["a"][1], dc["b"][0] is dc["a"][0])
print(dc["c"]["d"][1]["e"] is dc["a"][0])
for x in [None, 1, 2.5, True, 3j, "s", b"b", range(3), len, copy.copy, int, Ellipsis]:
    print(repr(x)[:20], copy.deepcopy(x) is x)
s = {1, 2, (3, 4)}
ds = copy.deepcopy(s)
print(ds == s, ds is s)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)
ba = bytearray(b"abc")
dba = copy.deepcopy(ba)
print(dba, dba is ba)
sl = slice(1, [2], 3)
dsl = copy.deepcopy(sl)
print(dsl, dsl.stop is sl.stop)
