import re
tests = [(r'[abc]+', 'xxbcaz'), (r'[^abc]+', 'abcdefabc'), (r'[a-f0-9]+', 'zz3fa9zz'),
         (r'[]a]+', 'a]]b'), (r'[a-]+', 'a--b'), (r'[-a]+', 'x-a-'), (r'[\d\s]+', 'a1 2b'),
         (r'[\D]+', '12ab3'), (r'[.]', 'a.b'), (r'[\\]', 'a\\b'), (r'[\]]', 'a]b'),
         (r'[^\n]+', 'ab\ncd'), (r'[\w.-]+@[\w-]+\.\w+', 'mail bob.smith@ex-ample.com now'),
         (r'[\x41-\x43]+', 'ABCD'), (r'[\t ]+', 'a \t b'), (r'[\b]', 'a\bb'), (r'[^\W\d]+', 'ab12cd'),
         (r'[A-Za-z_][A-Za-z0-9_]*', '9 _var1 x')]
for p, s in tests:
    print(repr(p), re.findall(p, s))
print(re.findall(r'[a-z]+', 'ABC def GhI', re.I))
print(re.findall(r'[^a-z]+', 'ABC def GhI', re.I))
