import json

class S(str):
    pass

class I(int):
    def __repr__(self):
        return 'I!'

class F(float):
    def __repr__(self):
        return 'F!'

values = [
    None, True, False, 0, -17, 10**30, -(10**25),
    0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123456789.125, 1e300, 2.5e-300,
    "", "hello", S("sub"), I(42), F(2.25),
    [], (), {}, [1, [2, [3, []]]], (1, "two", 3.0), {"a": {"b": {}}},
    [None, True, False], {"k": [1, {"n": None}]},
]
for v in values:
    print(json.dumps(v))
print(json.dumps(["x"] * 3))
print(json.dumps({"z": 1, "a": 2, "m": 3}))
print(type(json.dumps(1)).__name__)
print(json.dumps(True is True))
