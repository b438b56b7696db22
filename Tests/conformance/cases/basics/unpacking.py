a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, o]] = [10, [20, 30]]
print(m, n, o)
i = j = k = 7
print(i, j, k)
for idx, (ch, num) in enumerate(zip("ab", [1, 2])):
    print(idx, ch, num)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
