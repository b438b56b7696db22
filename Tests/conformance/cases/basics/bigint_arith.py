a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7)
print(a ** 3)
print((a * b) // (a + 1))
print(a == 2 ** 200, a < b, a > b)
print(abs(-a) == a, -a)
