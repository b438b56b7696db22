print(float.__add__(1.5, 2), float.__sub__(1.0, True), float.__mul__(2.0, 10 ** 20), float.__truediv__(1.0, 4))
print((1.5).__add__("x"), (1.5).__radd__(1), (2.0).__rsub__(5), (2.0).__rtruediv__(1), (7.5).__floordiv__(2), (7.5).__mod__(-2))
print((7.5).__divmod__(2), (-7.5).__rdivmod__(2), (2.0).__pow__(3), (2.0).__rpow__(3), (4.0).__pow__(0.5), (1.5).__eq__(1.5))
print((1.5).__eq__("x"), (1.0).__eq__(1), (2.0).__lt__(3), (0.5).__ge__(10 ** 30), (1.5).__ne__(1))
print((1.5).__bool__(), (0.0).__bool__(), (-2.7).__int__(), (-2.7).__trunc__(), (-2.7).__floor__(), (-2.2).__ceil__(), (2.5).__float__())
print((-1.5).__neg__(), (-1.5).__pos__(), (-1.5).__abs__(), (2.5).__hash__(), (2.5).__getnewargs__(), (2.5).__repr__())
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(1e300, 1e-300)[1], 5.0 // 0.3, 5.0 % 0.3, -0.0 % 5)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    float.__add__(1, 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
