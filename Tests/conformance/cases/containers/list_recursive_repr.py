a = [1, 2]
a.append(a)
print(a)
b = [a, [a]]
print(b)
d = {'k': a}
a.append(d)
print(a)
t = ([],)
t[0].append(t)
print(t)
