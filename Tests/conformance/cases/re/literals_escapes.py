import re
for p, s in [(r'abc', 'xxabcxx'), (r'a\.b', 'a.b axb'), (r'\t\n', 'x\t\ny'), (r'\x41\u0042', 'zAB'),
             (r'\101\060', 'A0'), (r'\0', 'a\x00b'), (r'\\', 'a\\b'), (r'\*\+\?', '*+?'),
             (r'\$\d+\.\d\d', 'costs $12.50 now'), (r'a\-b', 'a-b'), (r'\U0001F600', 'x\U0001F600')]:
    m = re.search(p, s)
    print(repr(p), m.span(), repr(m.group()))
