def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(take(6, squares(evens(naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
f = fib()
for _ in range(200):
    v = next(f)
print(v)
