import json

vals = [float("nan"), float("inf"), float("-inf"), [1.0, float("inf")], {"x": float("-inf")}]
for v in vals:
    print(json.dumps(v))
    for kw in [{}, {"indent": 2}]:
        try:
            print(json.dumps(v, allow_nan=False, **kw))
        except ValueError as e:
            print("ValueError:", e)
print(json.dumps([1e308 * 10, -1e308 * 10]))
print(json.dumps(1.0, allow_nan=False))
r = json.loads(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(r[0] != r[0], r[1], r[2])
