import re
s = 'aaaaa'
for p in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{2,3}', 'a*?', 'a+?', 'a??', 'a{2,3}?', 'a{2,}?', 'x{3', 'a{,}']:
    print(repr(p), re.match(p, s), re.findall(p, s))
print(re.match(r'a*?b', 'aaab'), re.match(r'<.*>', '<a><b>'), re.match(r'<.*?>', '<a><b>'))
print(re.match(r'(ab)+', 'ababab').groups(), re.match(r'(?:ab){2}', 'abababab'))
print(re.match(r'(a|bc)+d', 'abcad'), re.match(r'(a|bc)+d', 'abcad').group(1))
print(re.match(r'(\d{1,3})(\d{1,3})', '12345').groups())
print(re.match(r'(\d+?)(\d+)', '12345').groups())
print(re.match(r'(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a*)*b', 'aaab').groups(), re.match(r'(a|b)*', 'abab').groups())
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(a|)+', 'aa').groups())
print(re.fullmatch(r'(x+x+)+y', 'xxxxy'))
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(a)(?:b(c))?', 'ab').groups(), re.match(r'(a)(?:b(c))?', 'ab').groups('-'))
