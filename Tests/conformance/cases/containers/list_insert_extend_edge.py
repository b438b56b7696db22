a = [1, 2, 3]
a.insert(-100, "front")
a.insert(100, "back")
print(a)
a.extend(range(2))
a.extend("xy")
a.extend({9: 0})
print(a)
a[len(a):] = (7,)
a += "z"
print(a, len(a))
b = [0] * 5
b[1:4] = range(10, 13)
print(b)
b[::-1] = list(range(5))
print(b)
