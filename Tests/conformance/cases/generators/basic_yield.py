def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
for v in lazy():
    print("got", v)
