import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s
sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), type(Shape) is ABCMeta)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))

class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 42
i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__ == frozenset())
print(ABC.__abstractmethods__, abc.ABC.__slots__)
print(getattr(abstractmethod(lambda: 0), "__isabstractmethod__"))
