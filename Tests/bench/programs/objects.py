# Object-heavy: instances, attribute reads and writes, method calls, lists of objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def work(n):
    acc = Vector(0, 0)
    total = 0
    points = []
    for i in range(n):
        v = Vector(i, i + 1)
        acc = acc.add(v)
        total += acc.dot(v) % 1000
        if i % 100 == 0:
            points.append(v)
    return total + len(points) + acc.x

print(work(400_000))
