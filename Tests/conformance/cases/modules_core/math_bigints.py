import math
print(math.factorial(50))
print(math.isqrt(2 ** 200), math.isqrt(10 ** 41))
print(math.gcd(math.factorial(30), 2 ** 40), math.lcm(*range(1, 21)))
print(math.comb(200, 100))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.floor(10 ** 20 / 3), math.ceil(2 ** 70 / 7))
print(math.prod(range(1, 26)) == math.factorial(25))
