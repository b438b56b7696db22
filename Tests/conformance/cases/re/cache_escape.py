import re
for i in range(600):
    re.match('a{%d}' % (i % 50 + 1), 'a' * 60)
print(re.match('a{7}', 'a' * 9).span())
re.purge()
print(re.findall(re.escape('a+b'), 'a+b aab a+b'))
for s in ['hello', 'a.b', '1+1=2', '[x]', 'path/to\\file', 'tab\there', 'a b', 'é ü', '!"#%&\',-/:;<=>@_`~']:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b'a.b'))
