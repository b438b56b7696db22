a = list(range(10))
print(a[2:5], a[::-1], a[-3:], a[1:8:3], a[8:1:-3])
b = a[:]
b[2:5] = ["x", "y"]; print(b)
b[:0] = [-1]; print(b)
b[len(b):] = [99]; print(b)
c = list(range(10))
c[::2] = "abcde"; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
del c[1::2]; print(c)
c[1:3] = []; print(c)
d = [1, 2, 3]
d[5:] = [4]; print(d)
