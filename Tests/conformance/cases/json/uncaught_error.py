import json
import json.scanner

dec = json.JSONDecoder()
scan = json.scanner.make_scanner(dec)
print(scan('[1, 2] x', 0))
try:
    scan('  x', 2)
except StopIteration as e:
    print("StopIteration", e.value)
print(json.loads('{"ok": true}'))
json.loads('{"a": 1,\n "b": [1, 2,, 3]}')
