a = [1, 2]
b = a
a += (3, 4)
a *= 2
print(a, b is a)
a *= 0
print(a, b)
c = [1, 2]
c.extend(c)
print(c)
c.extend(range(3))
c.extend({'k': 1})
print(c)
print([1, 2] * 3, 3 * [0], [1] * -2, [] * 5)
r = [[]] * 3
r[0].append(1)
print(r)
