from fractions import Fraction as F
import fractions
print(F(3, 4), repr(F(3, 4)), F(6, -8), F(-6, -8), F(0, 5), F(7))
print(F('3/4'), F('1.25'), F(' -1.5e-3 '), F('1.'), F('.5'), F('1_000/3'), F('+7'), F('2E3'), F('-0'))
print(F(0.5), F(0.1), F(-2.75), F(1e20), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(3, F(2, 5)))
print(F(True), F(False, 3))
for args in [(1, 0), ('1/0',), ('abc',), ('1/',), ('/2',), ('1 /2',), ('1__0',), ('_1',), ('1.5/2',), ('e5',), ('',),
             (1.5, 2), ([1],), (float('nan'),), (float('inf'),), (None,), ('1e',), ('. 5',)]:
    try:
        print(args, repr(F(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
print(F.from_float(0.25), F.from_float(3))
try:
    F.from_float('x')
except TypeError as e:
    print(e)
x = F(10, 4)
print(x.numerator, x.denominator, x.as_integer_ratio())
try:
    x.numerator = 3
except AttributeError:
    print('readonly')
print(F(3, 4).limit_denominator(1), F('3.141592653589793').limit_denominator(1000), F('3.141592653589793').limit_denominator(100))
print(F(1, 3).limit_denominator(10), F(-22, 7).limit_denominator(5), F(1234567, 7654321).limit_denominator())
print(F(0.1).limit_denominator(), F(2, 3).limit_denominator(3))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print(e)
class MyF(F):
    pass
print(repr(MyF(1, 2)), repr(+MyF(1, 2)))
print(fractions.Fraction is F)
