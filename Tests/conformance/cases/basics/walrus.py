data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
while (item := data.pop() if data else None) is not None:
    total += item
print(total)
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print((z := 5) + z)
def g():
    return [(w := i) for i in range(3)], w
print(g())
