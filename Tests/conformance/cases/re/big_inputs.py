import re
s = 'x' * 100000
print(len(re.match('.*', s).group()), len(re.match('(?s).*', s).group()))
print(len(re.match('(?:ab)*', 'ab' * 30000).group()))
print(len(re.match('(x|y)*', s[:20000]).group()))
big = 'word1 word2, and more words here. ' * 3000
print(len(re.findall(r'\w+', big)), len(re.split(r'\s+', big)))
print(re.search(r'x+y', 'x' * 2000 + 'y').span())
print(re.match(r'(a+)+b', 'a' * 12 + 'b').span())
print(len(re.sub(r'\d', '#', big)))
print(re.search('needle', 'hay' * 50000 + 'needle').span())
print(re.fullmatch(r'[a-z ]*', 'abc ' * 20000) is not None)
print(len(re.match(r'.*?end', 'a' * 30000 + 'end').group()))
