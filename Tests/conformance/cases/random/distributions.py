import random

r = random.Random(2023)
print([r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5))
print([r.triangular() for _ in range(3)], r.triangular(1, 5, 2), r.triangular(0, 10, 10), r.triangular(3, 3, 3))
print([r.gauss() for _ in range(5)], r.gauss(10, 2), r.gauss(sigma=0.5))
print([r.normalvariate() for _ in range(5)], r.normalvariate(100, 15))
print([r.expovariate(1.5) for _ in range(4)])
print([r.lognormvariate(0, 0.5) for _ in range(3)])
print([r.vonmisesvariate(1.0, 4.0) for _ in range(3)], r.vonmisesvariate(0, 0))
print([r.paretovariate(3) for _ in range(3)], [r.weibullvariate(1, 1.5) for _ in range(3)])
print([r.gammavariate(a, 2.0) for a in (0.3, 0.9, 1.0, 1.5, 7.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (9, 2))])
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print("ValueError", e)
# gauss keeps the second value of each pair; seeding discards it
random.seed(1)
a = random.gauss()
random.seed(1)
b = random.gauss()
c = random.gauss()
print(a == b, a != c)
