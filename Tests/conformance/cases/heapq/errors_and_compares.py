import heapq

calls = []

class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)

data = [Item(v, t) for v, t in zip([5, 3, 5, 1, 3, 8, 1, 5, 2, 3], "abcdefghij")]
h = []
for it in data:
    heapq.heappush(h, it)
print(h, len(calls))
print(calls)
calls.clear()
h2 = list(data)
heapq.heapify(h2)
print(h2, len(calls))
calls.clear()
out = [heapq.heappop(h2) for _ in range(len(h2))]
print(out, len(calls))
calls.clear()
h3 = list(data)
heapq.heapify(h3)
calls.clear()
print(heapq.heappushpop(h3, Item(4, "k")), heapq.heapreplace(h3, Item(0, "l")), h3, calls)

for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, ("abc",)), (heapq.heappop, (None,)), (heapq.heappushpop, ({}, 1))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
h = [1, "x"]
try:
    heapq.heappush(h, 2)
except TypeError as e:
    print("TypeError", h)
print(sorted(heapq.__all__))
heapq.heappop([])
