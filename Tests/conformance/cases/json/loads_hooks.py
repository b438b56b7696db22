import json

doc = '{"b": 1, "a": [1.5, 2, {"x": 10}], "c": {"n": NaN, "i": -Infinity}}'

def pairs(ps):
    return ["PAIRS"] + [list(p) for p in ps]

def hook(d):
    return ("OBJ", sorted(d.items(), key=lambda kv: kv[0]))

print(json.loads(doc, object_pairs_hook=pairs, parse_constant=lambda c: "C:" + c))
print(json.loads(doc, object_hook=hook, parse_constant=str))
print(json.loads(doc, object_hook=hook, object_pairs_hook=pairs, parse_constant=repr))
print(json.loads('{}', object_pairs_hook=pairs), json.loads('{}', object_hook=hook))
print(json.loads('[1, 2.50, 3e2, -0.0]', parse_float=lambda s: "F" + s))
print(json.loads('[1, -20, 0, 2.5]', parse_int=lambda s: "I" + s))
print(json.loads('[1, 2.5]', parse_int=float, parse_float=str))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('["a\tb\nc\x00"]', strict=False))
try:
    json.loads('["a\tb"]')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('[NaN]', parse_constant=lambda c: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = lambda d: {k.upper(): v for k, v in d.items()}
        super().__init__(**kw)

print(json.loads('{"abc": {"def": 1}}', cls=MyDecoder))
print(json.loads('[2.5]', cls=MyDecoder, parse_float=lambda s: s + "!"))
dec = json.JSONDecoder(strict=False, parse_int=lambda s: int(s) * 10)
print(dec.decode('[1, "x\ty", 3]'))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx 42 yy', 3))
try:
    dec.raw_decode('  5')
except json.JSONDecodeError as e:
    print(e)
