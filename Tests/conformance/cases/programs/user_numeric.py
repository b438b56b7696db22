from fractions import Fraction
from decimal import Decimal, getcontext
import math
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print(2 ** 200 % 1_000_000_007, math.factorial(30), math.comb(50, 25))
print(sum(Fraction(1, k * k) for k in range(1, 20)))
print(1 / 3, 2 / 3, 0.1 + 0.2, 1e22, 1e-7, float("inf"), -0.0, 3.0 * 1.1)
print(f"{math.pi:.10f} {math.e:e} {12345.6789:,.2f} {0.000123:g} {255:#x} {255:08b}")
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
x = 10 ** 30 + 7
print(x * x, divmod(x, 97), x.bit_length(), int(str(x)[::-1]))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), math.isclose(0.1 * 3, 0.3))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 1j) ** 2)
print(math.gcd(123456, 7890), math.lcm(12, 18), math.isqrt(10 ** 20 + 1), pow(3, -1, 11))
print(sorted([3.5, -1, 2 ** 64, 0.0, True]), min("b", "a"), max([1, 2], [1, 3]))
