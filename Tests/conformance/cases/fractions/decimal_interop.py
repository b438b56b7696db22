from fractions import Fraction as F
from decimal import Decimal as D
print(repr(F(D('1.25'))), repr(F(D('-0.001'))), repr(F(D('1E+3'))), repr(F.from_decimal(D('3.5'))), repr(F.from_decimal(7)))
for bad in [D('NaN'), D('Infinity'), D('-Infinity')]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print(e)
print(D('0.5') == F(1, 2), F(1, 2) == D('0.5'), D('0.3') < F(1, 3), F(1, 3) > D('0.3'))
print(F(3, 4).as_integer_ratio(), D('0.75').as_integer_ratio(), F(*D('2.5').as_integer_ratio()))
