import re
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c d>'))
print([m.group() for m in re.finditer(r'(?P<x>a)?(?(x)b|c)', 'ab c ac')])
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ab'))
print(re.findall(r'(?i)hello', 'HeLLo hello HELLO'))
print(re.findall(r'(?i:a)b', 'Ab AB ab'))
print(re.findall(r'a(?i)b' if False else r'(?i)a(?-i:b)', 'ab AB Ab aB'))
print(re.match(r'(?x) a  b # comment\n c', 'abc'))
print(re.match(r'''(?x)
    (\d+)   # number
    \s*     # spaces
    ([a-z]+) # unit
''', '12 km').groups())
print(re.match(r'a b', 'ab', re.X), re.match(r'a\ b', 'a b', re.X), re.match(r'a[ ]b', 'a b', re.X))
print(re.match(r'a(?#comment)b', 'ab'))
print(re.match(r'(?s).+', 'a\nb'), re.match(r'(?m)b$', 'b\nc'))
print(re.compile(r'(?im)x').flags == re.I | re.M | re.U)
print(re.findall(r'(?s:.)+', 'a\nb'))
print(re.findall('k', 'K k', re.I), re.findall('K', 'k K', re.IGNORECASE))
