def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def delegator():
    result = yield from g()
    yield result * 2
print(list(delegator()))
def empty():
    return "nothing"
    yield
print(list(empty()))
