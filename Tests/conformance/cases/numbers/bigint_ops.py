a = 3 ** 100
b = -(7 ** 60)
print(a + b, a - b, a * b, a // b, a % b, b // a, b % a, -a // 7, -a % 7)
print(divmod(a, b), divmod(b, 1000), divmod(-a, -(10**20)))
print(a >> 50, b >> 50, a << 10, b << 3, a & b, a | b, a ^ b, ~a, ~b)
print(a.bit_length(), b.bit_length(), a.bit_count(), b.bit_count(), abs(b), -b)
print(a > b, a == 3 ** 100, a != a + 1, b < -(10**50), a >= a, 2 ** 64 == 18446744073709551616)
print(a / b, b / a, (10 ** 400) // (10 ** 398), (10**50) % 7, 2 ** 63 // -1, -(2 ** 63) // -1)
print(hex(a), oct(b), bin(2 ** 70 + 1), hex(-(2**64)))
x = 1
for i in range(1, 40):
    x *= i
print(x, x // (2 ** 30), x % 1000003)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
