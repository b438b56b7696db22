# Coefficients of more than 4300 digits (beyond int->str's default limit) at MAX_PREC.
import decimal

c = decimal.getcontext()
c.prec = decimal.MAX_PREC
c.Emax = decimal.MAX_EMAX
c.Emin = decimal.MIN_EMIN

x = decimal.Decimal(7) ** 6000
print(x.adjusted(), x % 1000003)
y = decimal.Decimal(10) ** 5000
print(y.adjusted(), (y - 1).adjusted(), (y + 1).adjusted(), (y * y).adjusted())
f = decimal.Decimal(1)
for i in range(1, 1701):
    f *= i
print(f.adjusted(), f % 1000003, f > y, (f - f) == 0)
