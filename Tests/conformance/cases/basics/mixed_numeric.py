print(1 + 2.0, 2 * 0.5, 3 - True, 1 + 1j, 2.0 * 1j)
print(7 // 2.0, 7 % 2.5, -7.5 // 2, -7.5 % 2)
print(10 ** 20 + 0.5, 2 ** 53 + 1.0)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 == 0.3)
print(3 < 3.5 < 4, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 10 ** 399)
