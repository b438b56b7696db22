import re
LOG = """\
2024-03-01 10:15:02 INFO  [web] GET /index.html 200 512ms user=alice
2024-03-01 10:15:07 WARN  [db] slow query took 1532ms table=orders
2024-03-01 10:16:11 ERROR [web] POST /api/order 500 87ms user=bob
2024-03-01 10:17:45 INFO  [auth] login ok user=carol ip=10.0.0.7
2024-03-01 10:18:00 ERROR [db] connection reset ip=10.0.0.9
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
counts = {}
for m in line_re.finditer(LOG):
    counts[m['level']] = counts.get(m['level'], 0) + 1
    print(m.group('time'), m.group('level'), m.group('comp'), repr(m.group('msg')))
print(sorted(counts.items()))
print(re.findall(r'(\d+)ms', LOG))
print(dict(re.findall(r'(\w+)=([\w.]+)', LOG)))
print(re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG))
errors = [m.groupdict() for m in line_re.finditer(LOG) if m['level'] == 'ERROR']
for e in errors:
    print(e['comp'], e['msg'])
print(re.sub(r'user=\w+', 'user=***', LOG).count('***'))
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', LOG.splitlines()[0]))
