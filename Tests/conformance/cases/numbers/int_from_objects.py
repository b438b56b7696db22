class A:
    def __int__(self):
        return 7
class B:
    def __index__(self):
        return 8
class D:
    def __int__(self):
        return "no"
print(int(A()), int(B()), int(True), int(-3.99), int(1e19), int(-0.0))
for obj in [D(), [1], None, 1j]:
    try:
        print(int(obj))
    except TypeError as e:
        print("TypeError", e)
for v in [float("inf"), float("-inf")]:
    try:
        int(v)
    except OverflowError as e:
        print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int("12345678901234567890123"), int(-1e30))
