import abc

class Old(metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def size(self): ...
    @abc.abstractclassmethod
    def build(cls): ...
    @abc.abstractstaticmethod
    def util(): ...
    def plain(self):
        return "plain"

print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print(e)

class New(Old):
    @property
    def size(self): return 10
    @classmethod
    def build(cls): return cls()
    @staticmethod
    def util(): return "u"

n = New.build()
print(n.size, n.util(), n.plain())
print(isinstance(abc.abstractproperty(lambda s: 1), property))
print(abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__)

class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try:
    One()
except TypeError as e:
    print(e)
