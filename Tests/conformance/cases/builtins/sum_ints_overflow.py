big = 2 ** 62
print(sum([big, big, big, big]))
print(sum([2 ** 63 - 1, 1]), sum([-(2 ** 63), -1]))
print(sum([True, True, False]), sum([], 5), sum([1, 2], start=10))
print(sum([10 ** 30, -(10 ** 30), 7]))
print(sum((x for x in [1, 2, 3]), 100))
print(sum([], start=True), sum([1], True), sum([[1], [2]], start=[0]))
class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
print(sum([Money(3), Money(4)]).v)
