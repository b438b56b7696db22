import json

data = {"a": [1, 2, {"b": None}], "c": "d"}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, separators=(";", "=")))
print(json.dumps([1, 2, 3], separators=(",", ":")))
e = json.JSONEncoder(separators=(",", ":"))
print(e.encode(data), e.item_separator, e.key_separator)
print(json.dumps(data, separators=(",", ":"), indent=1))
