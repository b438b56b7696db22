import re
print(re.match('a+', 'aaab'), re.match('b', 'ab'), re.search('b', 'ab'))
print(re.fullmatch('a+', 'aaa'), re.fullmatch('a+', 'aab'), re.fullmatch(r'a|ab', 'ab'))
p = re.compile(r'\d+')
print(p.search('ab12cd345', 5), p.search('ab12cd345', 3, 4), p.match('ab12', 2), p.match('ab12', 1))
print(p.fullmatch('a123b', 1, 4), p.fullmatch('a123b', 1, 3))
print(p.findall('1 22 333', 2), p.findall('1 22 333', 0, 4))
print([m.span() for m in p.finditer('1 22 333')])
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.search('^a', 'ba', ) , re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
m = p.search('xx42yy', 1, 5)
print(m, m.pos, m.endpos)
print(re.compile('').search('ab', 5), re.compile('x').search('ab', -3))
print(re.escape('a.b*c?d[e]f(g)h{i}j|k^l$m\\n o-p#q&r~s'), re.escape('hello_world123'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
re.purge()
print(re.compile(re.compile('x')) .pattern)
try:
    re.compile(re.compile('x'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
