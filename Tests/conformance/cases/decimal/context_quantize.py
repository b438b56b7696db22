import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
print(ctx)
vals = ['2.5', '-2.5', '1.005', '-1.005', '0.125', '7.777', '-7.771', '1.45', '9.995', '0.05', '2.05']
modes = [ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for v in vals:
    print(v, [str(D(v).quantize(D('0.01'), rounding=m)) for m in modes], [str(D(v).quantize(D('1'), m)) for m in modes], [str(D(v).to_integral_value(m)) for m in modes])
print(D('1.41421356').quantize(D('1.000')), D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('123.456').quantize(D('1E+1')), D('0').quantize(D('0.001')))
with localcontext() as c:
    c.prec = 5
    print(D(1) / D(7), D('1.23456789') + 0, +D('9.999999'), D(2).sqrt(), D(10) ** 20, c.prec)
    c.rounding = ROUND_DOWN
    print(D(2) / D(3), -D('1.234567'))
print(getcontext().prec, D(1) / D(7))
with localcontext(prec=10, rounding=ROUND_UP) as c:
    print(D(1) / D(3), c.prec, c.rounding)
getcontext().prec = 6
print(D(1) / D(3), D('123456789'), D('123456789') * 1, D(10) / 4)
getcontext().prec = 28
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.divide(D(2), D(3)), c.add(D('1.005'), 0), c.multiply(7, D('1.11')), c.sqrt(D(3)), c.quantize(D('1.2345'), D('0.01')), c.create_decimal('3.14159'))
print(c.prec, c.rounding, c.Etiny(), c.Etop())
decimal.setcontext(decimal.ExtendedContext)
print(D(1) / 0, D(0) / 0, D(-1).sqrt(), D('abc'), getcontext().prec)
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))
decimal.setcontext(decimal.DefaultContext)
getcontext().clear_flags()
x = D(1) / D(3)
print(getcontext().flags[decimal.Inexact], getcontext().flags[decimal.Rounded], getcontext().flags[decimal.DivisionByZero])
getcontext().traps[decimal.DivisionByZero] = False
print(D(1) / 0, D(-5) / 0, getcontext().flags[decimal.DivisionByZero])
getcontext().traps[decimal.DivisionByZero] = True
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', type(e).__name__, e)
try:
    D('x')
except decimal.InvalidOperation as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
for expr in ['setattr(getcontext(), "prec", 0)', 'D(1).quantize(D("1e-30"))', 'D("1e999999") * 10']:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError), issubclass(decimal.Overflow, decimal.Inexact))
print(int(D('-7.9')), float(D('1.25')), float(D('-Inf')), int(D('1e5')), D('3.7').__trunc__(), complex(D('1.5')), bool(D(0)), bool(D('0.1')))
print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.5') < 1, 2 > D('1.9'), D(3) >= 3.0, D('NaN') == D('NaN'), D('NaN') != 1, D('Inf') > 10 ** 100)
print(hash(D(5)) == hash(5), hash(D('1.5')) == hash(1.5), {D('2.0'): 'a'}[2], hash(D('Infinity')), hash(D('-Infinity')))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.25') < Fraction(1, 3), Fraction(D('1.25')), Fraction(D('-0.1')))
import statistics
print(statistics.mean([D('1.1'), D('2.2'), D('3.3')]), statistics.median([D('1'), D('2')]))
