# tuple(), list() and set() of a generator run it in one go: yield from, errors raised inside the
# generator or by the consumer, partly consumed and exhausted generators, and try/finally behave
# as a loop of next() calls would.
def squares(n):
    for i in range(n):
        yield i * i

def delegating():
    yield "a"
    yield from squares(3)
    yield from ["x", "y"]
    yield "z"

print(tuple(squares(5)), list(delegating()), sorted(set(delegating()), key=str))
print(tuple(x for x in ()), set(x % 3 for x in range(10)), list(c for c in "hi"))

def raising():
    yield 1
    raise ValueError("inside")
try:
    list(raising())
except ValueError as e:
    print("ValueError:", e)

def with_finally(log):
    try:
        yield 1
        yield [2]
        yield 3
    finally:
        log.append("finally")
log = []
g = with_finally(log)
try:
    set(g)
except TypeError as e:
    print("TypeError:", e, log)
print(next(g), log)
print(list(g), log)

g = squares(5)
print(next(g), tuple(g), tuple(g))

def caught():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        yield "caught %s" % e
    yield 3
print(list(caught()))

def nested():
    yield tuple(x + 1 for x in range(3))
    yield set(y for y in (1, 1, 2))
print(list(nested()))

def sends():
    got = yield 1
    yield got
print(list(sends()))

class Hash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
print(len(set(Hash(i % 4) for i in range(12))))
