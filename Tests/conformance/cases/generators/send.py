def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    yield f"final {total}"
g = accumulator()
print(next(g), g.send(5), g.send(10), g.send(None))
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    accumulator().send(1)
except TypeError as err:
    print("TypeError", err)
