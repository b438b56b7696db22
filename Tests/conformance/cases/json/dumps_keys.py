import json

d = {1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", -3: "neg", 1e20: "big"}
print(json.dumps(d))
print(json.dumps({False: 0, 0.1: 1}))
print(json.dumps({float("nan"): 1, float("inf"): 2, float("-inf"): 3}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True))
print(repr(json.dumps({(1, 2): "tuple"}, skipkeys=True, indent=2)))
print(json.dumps({(1, 2): "t", "a": 1, "b": 2}, skipkeys=True, indent=2))
for bad in [{(1, 2): 1}, {frozenset(): 1}, {b"x": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
