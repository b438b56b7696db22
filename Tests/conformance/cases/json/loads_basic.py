import json

docs = [
    '0', '-0', '123', '-45', '1.5', '-0.25', '1e3', '1E+3', '2.5e-3', '-1.5E2',
    '123456789012345678901234567890', '0.1', '1e400', '-1e400',
    'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity',
    '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u2603"', '"\\ud83d\\ude00"',
    '"\\uD83D\\uDE80!"', '"caf\u00e9 \U0001f600"', '"\\u0041\\u0042"',
    '[]', '{}', '[1, "two", 3.0, null, [true, false], {}]',
    '{"a": 1, "b": [1, 2, {"c": null}], "d": {"e": "f"}}',
    '  \t\n\r [ 1 ,\n 2 ] \n ', '{"dup": 1, "dup": 2, "x": 0}',
    '{"": ""}', '[[[[[]]]]]',
]
for d in docs:
    v = json.loads(d)
    print(ascii(d), "->", ascii(v), type(v).__name__)
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'["ba"]')))
print(json.loads('"caf\u00e9"'.encode("utf-8")))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads(b'[\x001\x00,\x00 \x00"\x00\xe9\x00"\x00]\x00'))
print(json.loads(b'\x00[\x002\x00]'))
print(json.loads(b'{\x00\x00\x00"\x00\x00\x00k\x00\x00\x00"\x00\x00\x00:\x00\x00\x003\x00\x00\x00}\x00\x00\x00'))
print(json.loads(b'\x00\x00\x00"\x00\x00\x00x\x00\x00\x00"'))
print(json.loads(b'\xfe\xff\x00[\x00"\xd8=\xde\x00\x00"\x00]'))
print(json.loads(b'\xff\xfe4\x00'))
v = json.loads('[NaN]')[0]
print(v != v)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
