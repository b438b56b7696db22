print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 1 / 7)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 1e300 * 10)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1))
print(0.0 / 1, -0.0 / 1, 1 / -1e308 / 10)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 10 ** -2)
print((-8) ** (1 / 3))
