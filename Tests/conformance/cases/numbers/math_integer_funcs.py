import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(100) % (10 ** 30 + 7), len(str(math.factorial(1000))))
print(math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(60, 30), math.comb(1000, 3), math.comb(10 ** 20, 2), math.comb(True, True))
print(math.perm(5), math.perm(5, 0), math.perm(5, 3), math.perm(5, 6), math.perm(10 ** 20, 2), math.perm(30, None) == math.factorial(30))
print(math.gcd(0, 0), math.gcd(12), math.gcd(-12), math.gcd(12, -18, 30), math.gcd(2 ** 200, 6 ** 100), math.gcd(17, 19))
print(math.lcm(0, 5), math.lcm(4, -6), math.lcm(3, 5, 7), math.lcm(2 ** 70, 3 ** 40), math.lcm(-7))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 40 - 1, 2 ** 127, 2 ** 128 - 1, 123456789 ** 5]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.isqrt(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.prod([Idx() if False else 6, 7]))
print(math.prod([]), math.prod([2, 3.5]), math.prod(range(1, 11)), math.prod([[1]], start=2) if False else math.prod([1, 2], start=10), math.prod(["ab"], start=2))
