import json

docs = [
    '', '   ', '\n\n  ', 'x', 'nul', 'tru', 'nan', 'inf', '-', '-Inf', '+1', '.5',
    '01', '1.', '1.e5', '1e', '1e+', '--1', '0x10', '[1] 2', '{} x', 'true false',
    '[', '[1', '[1,', '[1,]', '[,]', '[1 2]', '[1,,2]', '["a""b"]', ']',
    '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{,}', '{1: 2}',
    "{'a': 1}", '{"a" 1}', '{"a":1 "b":2}', '{"a"::1}', '{"a":}', '}',
    '"abc', '"a\\', '"\\', '"a\\x"', '"\\a"', '"\\u12"', '"\\u12g4"', '"\\u"',
    '"\\u0041', '"\\u0041x', '"\\ud83d\\uzzzz"', '"\\ud83d\\ude00', '"\\ud83d\\',
    '"a\x01b"', '"tab\there"', '"line\nbreak"', '["ok", "bad\x1f"]',
    '[1,\n 2,\n  x]', '{\n  "a": 1,\n  "b": [\n    1,\n    }\n}',
    '\ufeff[1]', '\x0c1', '[1]\x00',
]
for d in docs:
    try:
        print(ascii(d), "OK", ascii(json.loads(d)))
    except json.JSONDecodeError as e:
        print(ascii(d), type(e).__name__, ascii(str(e)), "|", ascii(e.msg), e.pos, e.lineno, e.colno, e.doc == d)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("ValueError caught:", e, isinstance(e, json.JSONDecodeError))
print(issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
