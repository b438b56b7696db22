n = 7 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n)
m = -(13 ** 500)
print(str(m)[:15], len(str(m)))
print(sum(int(d) for d in str(2 ** 1000)))
