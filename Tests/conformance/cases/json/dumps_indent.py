import json

data = {"name": "box", "items": [1, 2, [3, 4], {}], "empty": [], "nested": {"a": {"b": [True, None]}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=""))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps([1, [2, 3]], indent=4, separators=(", ", ": ")))
print(json.dumps({"a": 1, "b": [1]}, indent=1, separators=(" ,", " = ")))
print(repr(json.dumps([], indent=2)), repr(json.dumps({}, indent=2)))
print(repr(json.dumps([[]], indent=2)))
print(repr(json.dumps("text", indent=2)))
print(repr(json.dumps(5, indent=2)))
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator))
