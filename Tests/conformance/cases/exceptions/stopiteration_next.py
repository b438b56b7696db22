it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"))
def gen():
    yield 1
g = gen()
print(next(g), next(g, "done"))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom")
print(list(It()))
