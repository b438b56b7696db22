class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
class Sub(Counter):
    pass
Counter(); Counter()
Sub.make(3)
print(Counter.how_many(), Sub.how_many(), Counter().how_many())
print(Counter.add(2, 3), Counter().add(4, 5), Sub.add(1, 1))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["make"]).__name__)
