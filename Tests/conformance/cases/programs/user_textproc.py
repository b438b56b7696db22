import re, json
log = """2024-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-03-01 12:05:22 WARN  user=bob action=upload size=2048 ip=10.0.0.2
2024-03-01 12:07:00 ERROR user=alice action=upload size=99999 ip=10.0.0.1 msg="disk full"
2024-03-02 08:15:42 INFO  user=carol action=logout ip=10.0.0.3
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<rest>.*)$', re.M)
kv = re.compile(r'(\w+)=("[^"]*"|\S+)')
records = []
for m in line_re.finditer(log):
    rec = {"date": m["date"], "level": m.group("level")}
    for k, v in kv.findall(m["rest"]):
        rec[k] = v.strip('"')
        if v.isdigit():
            rec[k] = int(v)
    records.append(rec)
print(json.dumps(records[2], indent=2))
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(json.dumps(levels, sort_keys=True, separators=(",", ":")))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", "ip 10.0.0.1 and 192.168.1.20"))
print(re.split(r"[,;]\s*", "a, b;c ,d;  e"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, that a single man...".lower())
print(words, len(words))
data = json.loads('{"a": [1, 2.5, null, true], "b": {"c": "\\u00e9"}}')
print(data, json.dumps(data, ensure_ascii=False), json.dumps(data))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    re.compile("(a")
except re.error as e:
    print("re.error:", e)
print(re.fullmatch(r"[A-Z]{3}-\d{3}", "ABC-123") is not None, re.match(r"\d+", "abc"))
