import json

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def value(self):
        return "".join(self.parts)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

data = {"name": "x", "list": [1, 2.5, None, "\u00e9"], "flag": False}
for kw in [{}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}, {"ensure_ascii": False}]:
    w = Writer()
    r = json.dump(data, w, **kw)
    print(r, ascii(w.value()))
    print(json.load(Reader(w.value())) == data)
    print(w.value() == json.dumps(data, **kw))
w = Writer()
try:
    json.dump({1, 2}, w)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dump([float("nan")], Writer(), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.load(Reader('{"a": [1, 2]}'), object_pairs_hook=lambda p: p))
print(json.load(Reader(b'[1, 2]')))
try:
    json.load(Reader('[1, 2'))
except json.JSONDecodeError as e:
    print(e)
it = json.JSONEncoder().iterencode({"a": [1, 2]})
print("".join(it))
it = json.JSONEncoder(indent=1).iterencode([1, {"b": None}])
print("".join(it))
