print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(3, 4, 5), pow(2, -1, 5), pow(3, -2, 7), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(10**30, 10**5, 997), pow(123456789, 987654321, 10**9 + 7), pow(7, 0, 1), pow(0, 0), pow(0, 0, 3))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), 2 ** 0.5, (-8) ** (1 / 3), 10 ** -2)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 3, 4.0), (2, 3, "x"), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(-1, 10**20), pow(1, -5), (-1) ** -3, 2 ** 100)
