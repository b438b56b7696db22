import random

r = random.Random(123)
# population sizes on both sides of the set/pool threshold
for n, k in [(5, 5), (10, 3), (21, 5), (22, 5), (22, 6), (30, 6), (100, 10),
             (200, 40), (1000, 20), (10**6, 8), (10**9, 5), (50, 50)]:
    print(n, k, r.sample(range(n), k))
print(r.sample("abcdefghijklmnop", 7))
print(r.sample(("x", "y", "z"), 0))
print(r.sample(["red", "blue"], k=5, counts=[4, 2]))
print(r.sample(range(4), 10, counts=[1, 2, 3, 4]))
for s in range(5):
    random.seed(s)
    print(s, random.sample(range(40), 10), random.sample(list("ABCDEFGHIJ"), 4))

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(r.sample, {1, 2}, 1); t(r.sample, [1, 2], 3); t(r.sample, [1, 2], -1)
t(r.sample, [1, 2], 1, counts=[1]); t(r.sample, [1, 2], 1, counts=[0, 0])
t(r.sample, [1, 2], 1, counts=[1.0, 2.0])
