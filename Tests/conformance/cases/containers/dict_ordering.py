d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(d)
for i in range(0, 20, 3):
    d.pop(i * 7 % 13, None)
print(d, list(d))
d[100] = 'new'
d[1] = 'replaced'
print(d)
print(d.popitem(), d.popitem(), d)
e = dict.fromkeys('hello')
print(e)
f = {'b': 1, 'a': 2}
f.update(c=3, a=4)
print(f, list(f.items()))
print({1: 2} | {3: 4, 1: 5}, {1: 'x'} == {1: 'x'}, {1: 2} != {1: 3})
g = {1: 1}
g |= [(2, 2), (1, 0)]
print(g)
