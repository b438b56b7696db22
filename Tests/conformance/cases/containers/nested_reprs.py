x = [1, (2, 3), {"k": [4, {5}]}, "s", None, True, 1.5, frozenset({6})]
print(x)
print(repr(x) == str(x))
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
print([[]], [()], [{}], ({},), (set(),), [range(2)])
print(((1,),), [(1,)], ((),))
