values = [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 0.5, 1.5, 1234.5678, -0.0001, 1e-20, 123456789.987654321, 5e-324, 1.7976931348623157e308, 0.285, 1.015, 2.345]
for v in values:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -3))
print(round(0.1 + 0.2, 15), round(1e15 + 0.5), round(-0.5), round(-1.5), round(4.5), round(1e22, 5))
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400), round(-0.4, 0), round(0.04, 1), round(-0.04, 1))
print(round(float("inf"), 1), round(float("-inf"), -2), round(float("nan"), 2))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.7e308, -308)
except OverflowError as e:
    print("OverflowError", e)
print(round(5.5, None), type(round(5.5, None)).__name__, (2.5).__round__(), (2.567).__round__(1))
