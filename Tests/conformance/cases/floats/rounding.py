for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 5), round(1e300, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
