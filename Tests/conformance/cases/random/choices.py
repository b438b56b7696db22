import random

r = random.Random(8)
print(r.choices("abc"))
print(r.choices("abcde", k=12))
print(r.choices(["x", "y", "z"], [10, 1, 1], k=10))
print(r.choices(["x", "y", "z"], [0.1, 0.2, 0.7], k=10))
print(r.choices(["x", "y", "z"], cum_weights=[1, 5, 6], k=10))
print(r.choices(range(100), weights=range(100), k=8))
print(r.choices([1, 2], [0, 1], k=6), r.choices([1], k=0))
for s in [0, 9, 2**40]:
    random.seed(s)
    print(s, random.choices("HT", k=16), random.choices("RGB", [5, 3, 2], k=8))

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(r.choices, [1, 2], 3); t(r.choices, [1, 2], [1], k=2); t(r.choices, [1, 2], [0, 0])
t(r.choices, [1, 2], [1, float("inf")]); t(r.choices, [1, 2], [1, 2], cum_weights=[1, 2])
