def one(a):
    return a
def two(a, b=1):
    return a
def kw(*, k):
    return k
calls = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(1, a=2),
    lambda: one(b=1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: kw(),
    lambda: kw(1),
    lambda: kw(k=1, j=2),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
