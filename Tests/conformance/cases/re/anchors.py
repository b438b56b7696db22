import re
s = 'foo bar\nbaz qux\n'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.search(r'ab$', 'abab\n'), re.search(r'ab\Z', 'abab\n'), re.search(r'ab\Z', 'abab'))
print(re.findall(r'\Aab', 'abab'), re.findall(r'(?m)\Aab', 'ab\nab'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat'))
print(re.findall(r'\Bcat', 'cat concat bobcat'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.span() for m in re.finditer(r'\B', 'ab cd')])
print([m.span() for m in re.finditer(r'$', 'a\n')], [m.span() for m in re.finditer(r'(?m)$', 'a\nb\n')])
print([m.span() for m in re.finditer(r'(?m)^', 'a\nb\n')])
print(re.search(r'\b', ''), re.search(r'^$', ''), re.search(r'\B', ''))
