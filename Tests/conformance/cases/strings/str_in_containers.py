names = ["Zoë", "Ann", "émile"]
print(names)
print(tuple(names), {"key": "välue"})
print([["nested", 'quo"te'], "it's"])
print(str(names) == repr(names))
d = {"a": "1", "b": 2}
print(d, list(d.keys()), list(d.values()))
