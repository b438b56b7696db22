import abc

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

class B(A):
    pass

print(sorted(B.__abstractmethods__))
B.f = lambda self: "now concrete"
abc.update_abstractmethods(B)
print(B.__abstractmethods__, B().f())

class Mixin:
    def g(self):
        return "mixin g"

class C(Mixin, A):
    def f(self):
        return "C.f"
c = C()
print(c.f(), c.g(), isinstance(c, A), isinstance(c, Mixin))
print([k.__name__ for k in C.__mro__])

class Meta2(abc.ABCMeta):
    pass
class D(metaclass=Meta2):
    @abc.abstractmethod
    def h(self): ...
try:
    D()
except TypeError as e:
    print(e)
print(type(D).__name__, isinstance(D, abc.ABCMeta))

class E(D):
    def h(self):
        return "E.h"
print(E().h(), issubclass(E, D))
A.register(tuple)
print(isinstance((1,), A), isinstance([1], A))
