def g():
    x = yield
    print("x =", x)
    y = yield x, "pair"
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
it = g()
print(next(it))
print(it.send("X"))
print(it.send("Y"))
try:
    it.send(None)
except StopIteration:
    print("done")
def in_expr():
    total = 1 + (yield 5)
    yield total
i2 = in_expr()
print(next(i2), i2.send(10))
