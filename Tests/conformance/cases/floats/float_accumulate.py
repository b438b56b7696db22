total = 0.0
for i in range(1, 21):
    total += 1 / i
print(total)
prod = 1.0
for i in range(1, 30):
    prod *= i
print(prod, int(prod))
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
avg = sum([1.5, 2.5, 3.25]) / 3
print(avg, round(avg, 3), f"{avg:.4f}")
