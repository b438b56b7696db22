import json
import json.decoder
import json.encoder

e = json.JSONDecodeError("Custom problem", "ab\ncd\nef", 7)
print(str(e))
print(e.msg, e.pos, e.lineno, e.colno, ascii(e.doc), e.args)
e = json.JSONDecodeError("At start", "", 0)
print(e, e.lineno, e.colno)
e = json.JSONDecodeError("Line end", "abc\n", 4)
print(e, e.lineno, e.colno)
print(isinstance(e, ValueError), type(e).__name__)
try:
    raise json.JSONDecodeError("Boom", "xyz", 2)
except ValueError as err:
    print("caught", err)

print(json.decoder.JSONDecoder is json.JSONDecoder)
print(json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.scanstring('"abc\\n" tail', 1))
print(json.decoder.scanstring('x"q\\u00e9"', 2))
print(json.encoder.encode_basestring_ascii("\u00e9\n"))
print(ascii(json.encoder.encode_basestring("\u00e9\n")))
d = json.JSONDecoder()
print(d.decode(' {"a": [1]} '))
print(d.raw_decode('{"a": 1}{"b": 2}'))
obj, end = d.raw_decode('{"a": 1}{"b": 2}')
print(d.raw_decode('{"a": 1}{"b": 2}', end))
for bad in ['[1] [2]', '']:
    try:
        d.decode(bad)
    except json.JSONDecodeError as err:
        print(err)
enc = json.JSONEncoder(sort_keys=True, indent=1, ensure_ascii=False)
print(enc.sort_keys, enc.indent, enc.ensure_ascii, enc.allow_nan, enc.skipkeys, enc.check_circular)
print(ascii(enc.encode({"b": "\u00e9", "a": [1]})))
print(json.JSONEncoder().encode("just a str"))
print(json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))
