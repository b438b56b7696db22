from fractions import Fraction as F
import math
seed = 99
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(200):
    a = F(rnd(2000) - 1000, 1 + rnd(500))
    b = F(rnd(2000) - 1000, 1 + rnd(500)) or F(1, 7)
    x = (rnd(100000) - 50000) / (1 + rnd(999))
    r = [a + b, a - b, a * b, a / b, a // b, a % b, a ** (rnd(7) - 3) if a else 0, a + x, x - a, a * x, x / b, a < x, a == x, float(a), round(a), round(a, 2), round(a, -1),
         math.floor(a), math.ceil(a), int(a), hash(a) == hash(float(a)) if float(a) == a else hash(a), F(x).limit_denominator(1 + rnd(1000)), a.limit_denominator(1 + rnd(30)), F(str(x)), F(repr(float(a)))]
    print(i, a, b, x, r)
