class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        yield from self.data
r = Reusable([1, 2])
print(list(r), list(r), 2 in r, sorted(r, reverse=True))
it = iter([1, 2])
print(iter(it) is it, next(it), list(it))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
