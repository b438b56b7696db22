from decimal import *
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for s in ['1.2345678E-12', '9.99999E+10', '1E-15', '123456E-15', '1E+11', '-9.99999E10', '5E-15', '1E-14', '0E-20', '0E+20']:
    d = Decimal(s)
    c.clear_flags()
    r = c.plus(d)
    print(s, r, sorted(k.__name__ for k, v in c.flags.items() if v))
c.clamp = 1
for s in ['1E+10', '1.2E+8', '0E+20']:
    c.clear_flags()
    print(s, c.plus(Decimal(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=5, Emin=-10, Emax=10, rounding=ROUND_DOWN, traps=[])
print(c.multiply(Decimal('9E9'), Decimal(100)), c.divide(Decimal(1), Decimal('3E12')))
