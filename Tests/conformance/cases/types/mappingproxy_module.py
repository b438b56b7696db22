import types

d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)
d["c"] = 3
print(len(mp), sorted(mp.keys()), sorted(mp.values()), sorted(mp.items()))
print(isinstance(type.__dict__, types.MappingProxyType))

m = types.ModuleType("mymod")
print(m.__name__)
m.x = 5
print(m.x)
m2 = types.ModuleType("other", "the doc")
print(m2.__name__, m2.__doc__)
