# Decimals with more digits than the int-to-text limit (4300) print, parse and round-trip: CPython's
# decimal has no such limit.
import decimal
from decimal import Decimal

decimal.getcontext().prec = decimal.MAX_PREC
decimal.getcontext().Emax = decimal.MAX_EMAX
x = Decimal(1)
for i in range(1, 2500):
    x *= i
text = str(x)
print(len(text), text[:30], text[-10:], repr(x)[:20])
y = Decimal(text)
print(y == x, len(y.as_tuple().digits), x.adjusted())
print(str(Decimal("9" * 5000 + ".5"))[-8:], (Decimal(10) ** 4400 + 1).to_eng_string()[:12])
print(len(str(-x)), str(-x)[:5])
