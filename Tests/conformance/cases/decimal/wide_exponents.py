from decimal import *
c = getcontext()
for a, b in [('1E+50', '1'), ('1E+50', '-1'), ('1', '-1E-50'), ('5E+30', '-1E-40'), ('1.000000000000000000000000000', '-1E-60'), ('0E-60', '1'), ('1', '0E-60'), ('-0E-5', '0E+5'), ('9.999999999999999999999999999E+5', '5E-30'), ('1E+999999', '1')]:
    for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_05UP]:
        c.rounding = r
        c.clear_flags()
        x = Decimal(a) + Decimal(b)
        print(a, b, r, x, sorted(k.__name__ for k, v in c.flags.items() if v))
c.rounding = ROUND_HALF_EVEN
print(Decimal('1E+999999') > 1, Decimal('-1E-999999') < Decimal('-1E-999998'), Decimal(1).quantize(Decimal('1E+5')), Decimal('7E-999990').quantize(Decimal('1E+3'), ROUND_UP))
