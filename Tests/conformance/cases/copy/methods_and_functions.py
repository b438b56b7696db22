import copy

def f():
    return 1

class K:
    def __init__(self):
        self.data = [1]
    def get(self):
        return self.data

print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(lambda: 0)() == 0)
k = K()
m = copy.deepcopy(k.get)
print(m(), m() is k.data, m.__self__ is k)
pair = copy.deepcopy([k, k.get])
print(pair[1].__self__ is pair[0], pair[0] is k)
print(copy.copy(k.get)() is k.data)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

pts = [Point(1, 2), Point([3], 4)]
dp = copy.deepcopy(pts)
print(dp, dp == pts, dp[1].x is pts[1].x)
print(copy.copy(pts)[1] is pts[1])
