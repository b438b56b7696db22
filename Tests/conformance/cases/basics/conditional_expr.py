for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print([x if x % 2 else -x for x in range(5)])
f = lambda v: "big" if v > 10 else "small"
print(f(5), f(50))
