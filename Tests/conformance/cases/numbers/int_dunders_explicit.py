print(int.__add__(1, 2), int.__sub__(5, 7), int.__mul__(3, 4), int.__truediv__(7, 2), int.__floordiv__(-7, 2))
print(int.__mod__(-7, 2), int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__lshift__(1, 70), int.__rshift__(-16, 2))
print((5).__add__(1.5), (5).__radd__("a"), (5).__eq__(5.0), (5).__lt__("x"), (5).__and__(3), (5).__xor__(True))
print((7).__divmod__(-2), (7).__rdivmod__(30), (3).__rsub__(10), (2).__rpow__(3), (3).__rtruediv__(1))
print((-5).__abs__(), (5).__invert__(), (0).__bool__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2), (5).__round__(), (7).__round__(3))
print((10).__hash__(), (-1).__hash__(), (2**61).__hash__(), (2**61 - 1).__hash__(), (5).__getnewargs__(), (5).conjugate())
print((3).__index__(), (255).__repr__(), (255).__str__(), (12).as_integer_ratio(), (-5).real, (-5).imag)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__add__()
except TypeError as e:
    print("TypeError", e)
