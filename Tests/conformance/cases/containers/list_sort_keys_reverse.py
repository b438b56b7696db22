x = 12345
data = []
for i in range(2000):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append((x % 40, i))
a = list(data)
a.sort(key=lambda t: t[0])
print(a[:6], a[-6:])
b = list(data)
b.sort(key=lambda t: t[0], reverse=True)
print(b[:6], b[-6:])
c = [t[0] for t in data]
c.sort(reverse=True)
print(c[::250])
words = ["pear", "Fig", "apple", "fig", "Apple", "kiwi", "banana"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort()
print(words)
z = [0.0, -0.0, 0, False, 0.0]
z.sort()
print(z)
z.sort(reverse=True)
print(z)
