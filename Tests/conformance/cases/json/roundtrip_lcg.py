import json

# Deterministic pseudo-random documents (no random module): mutate valid
# JSON and compare decoding results and error positions.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

pieces = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"', '\\', 'u', '0', '1', '9', '-',
          '+', '.', 'e', 'E', 'a', 'd', '8', 'n', 'ull', 'true', 'false', 'NaN',
          'Infinity', '\t', 'x', '/', 'b', '"k"', '12', '\\u00', '\x01']
bases = ['{"a": [1, 2.5, -3e2, "x\\n\\u00e9"], "b": {"c": null, "d": true}}',
         '[1, {"k": "v"}, [], {}, false, -0.5e-3]',
         '"\\u00e9\\u2603 \\u0041\\t"']
ok = 0
for i in range(600):
    if rnd(2):
        s = ''.join(pieces[rnd(len(pieces))] for _ in range(rnd(10)))
    else:
        b = bases[rnd(len(bases))]
        a = rnd(len(b) + 1)
        c = min(len(b), a + rnd(4))
        s = b[:a] + ''.join(pieces[rnd(len(pieces))] for _ in range(rnd(3))) + b[c:]
    try:
        v = json.loads(s)
        ok += 1
        print(ascii(s), "=>", ascii(json.dumps(v, sort_keys=False)))
    except json.JSONDecodeError as e:
        print(ascii(s), "!", e.msg, e.pos, e.lineno, e.colno)
print("ok", ok)

values = [[1, {"a": [True, None, "s\u00e9\U0001f600"]}], {"x": {"y": {"z": [1.25, -7]}}}, "\x00\x1f\"\\"]
for v in values:
    for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"separators": (",", ":"), "sort_keys": True}]:
        print(json.loads(json.dumps(v, **kw)) == v)
