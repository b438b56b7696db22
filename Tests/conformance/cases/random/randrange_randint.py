import random

for s in [0, 5, 77, 2**33]:
    random.seed(s)
    print(s, [random.randrange(10) for _ in range(10)])
    print(s, [random.randrange(5, 50) for _ in range(8)])
    print(s, [random.randrange(0, 100, 7) for _ in range(8)])
    print(s, [random.randrange(100, 0, -3) for _ in range(8)])
    print(s, [random.randint(-3, 3) for _ in range(10)])
    print(s, random.randrange(10**30), random.randint(1, 2**70), random.randrange(1))
    print(s, [random.randrange(2**k + 1) for k in range(0, 40, 3)])

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(3)
t(r.randrange, 0); t(r.randrange, -5); t(r.randrange, 5, 5); t(r.randrange, 5, 2)
t(r.randrange, 0, 10, 0); t(r.randrange, 10, 0, 2); t(r.randrange, 10, 0, -3)
t(r.randrange, 0, 10, -1); t(r.randrange, -10, -20)
t(r.randrange, 10, step=2); t(r.randint, 5, 4); t(r.randint, 1, 1)
