import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1, 2, 3]), math.fsum([True, 2.5]), math.fsum([-0.0, -0.0]), math.fsum([10 ** 20, 1.5]))
print(math.hypot(1, 1), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(0.1, 0.2), math.hypot(3e-320, 4e-320), math.hypot(1, math.nan, math.inf))
print(math.dist((0, 0), (1, 1)), math.dist([1.5, 2.5, -3.5], [0.1, 0.2, 0.3]), math.dist((1,), (5,)), math.dist((), ()))
x = 0.0
for i in range(1, 100):
    x += 1 / i
print(x, math.fsum(1 / i for i in range(1, 100)))
