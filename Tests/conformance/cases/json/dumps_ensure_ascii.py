import json

samples = [
    "plain", 'quote " here', "back\\slash", "slash / ok", "\b\f\n\r\t",
    "\x00\x01\x1f", "\x7f", "caf\u00e9", "\u2028\u2029", "\uffff",
    "snow \u2603", "emoji \U0001f600", "\U00010000\U0010ffff", "mix\u00e9\n\U0001f680\"",
]
for s in samples:
    print(json.dumps(s))
    print(ascii(json.dumps(s, ensure_ascii=False)))
print(json.dumps({"cl\u00e9": ["\U0001f600"]}))
print(ascii(json.dumps({"cl\u00e9": ["\U0001f600"]}, ensure_ascii=False)))
print(json.loads(json.dumps(samples)) == samples)
print(json.loads(json.dumps(samples, ensure_ascii=False)) == samples)
