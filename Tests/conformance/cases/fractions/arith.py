from fractions import Fraction as F
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b ** 2, a ** -2, F(-2, 3) ** -3, F(4) ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a // 1, 7 % b, b % 1, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, 2.0 ** b, b ** 0.5, a // 0.1, a % 0.1, divmod(a, 0.25))
print(a + 1j, F(1, 2) ** F(1, 2), 2 ** F(1, 2), 4 ** F(2), F(9, 4) ** F(1, 2), 2 ** F(-1))
print(-a, +a, abs(F(-5, 3)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), complex(F(1, 2)))
import math
for x in [F(7, 2), F(-7, 2), F(5, 2), F(3, 2), F(-5, 2), F(1, 3), F(-1, 3), F(4)]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 1), round(x, 0), round(x, -1))
print(round(F(1234), -2), round(F(1, 3), 2), round(F(12345, 100), 1))
for expr in ['F(1,2)/0', 'F(1,2)//0', 'F(1,2)%0', 'divmod(F(1,2),0)', 'F(0)**-1', '1/F(0)', 'F(1,2)+"x"', 'F(1,2)*[1]']:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 11)]))
print(F(10 ** 30, 3) + F(1, 10 ** 20))
print(float(F(10 ** 400, 10 ** 399)), float(F(1, 10 ** 400)))
