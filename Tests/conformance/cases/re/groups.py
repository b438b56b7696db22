import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Jane Doe rest')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 3))
print(m.groups(), m.groups('?'), m.groupdict(), m.groupdict('?'))
print(m[0], m[1], m['first'], m.start(), m.end(), m.span(2), m.start('last'), m.span(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
try:
    m.group(9)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
m = re.match(r'((a)b)(c)?', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(?P<x>a)(?P<y>b)', 'ab')
print(m.lastindex, m.lastgroup)
print(re.match(r'(?:a)(b)', 'ab').groups(), re.match(r'(?:)', 'x').groups())
p = re.compile(r'(?P<n>\d)(x)(?P<m>y)?')
print(p.groups, p.groupindex, sorted(p.groupindex.items()))
print(re.search(r'(\w)\1', 'hello aabb').group(), re.findall(r'(\w)\1', 'hello aabb'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'yo\'').group())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.match(r'(?i)(a)\1', 'aA'))
print(bool(re.match('a', 'a')), bool(re.match('b', 'a')))
