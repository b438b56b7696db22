import re
pats = ['a{2,1}', 'a**', 'a+?+', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'\2', '[z-a]', '[a',
        '(?<=a+)b', '(?z)', '(?', '(?P', 'a)', '\\', '(?P<a', r'\777', r'[\d-z]', '(?(2)a|b)',
        '(a)(?(1)a|b|c)', '(?<a>x)', '(?i', '(?-i)', '(?i-i:a)', '(?P<a>(?P=a))', '+', '(*)', '*a',
        'a|*', '(?<=a|bc)', r'\x4', r'\u12', '(a\nb(', 'a(?i)b', '(abc', 'ab)c', r'\q', r'a\k', '[\\q]',
        '(?P<>a)', '(?P=)', 'x{3,2}', '(?#abc', '(', ')', '((a)', '[]', '[^]']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for r in [r'\g<x>', r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<a b>', r'\5', r'\q', '\\']:
    try:
        print(re.sub('(a)', 'x' + r, 'a'))
    except re.error as e:
        print(repr(r), 'error', e)
    except IndexError as e:
        print(repr(r), 'IndexError', e)
print(issubclass(re.error, Exception))
