from abc import ABC, abstractmethod

class Closeable(ABC):
    @abstractmethod
    def close(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            for B in C.__mro__:
                if "close" in B.__dict__:
                    return B.__dict__["close"] is not None
            return NotImplemented
        return NotImplemented

class File:
    def close(self):
        return "closed"

class NotFile:
    pass

class Blocked(File):
    close = None

print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(NotFile, Closeable), isinstance(NotFile(), Closeable))
print(issubclass(Blocked, Closeable))

class Real(Closeable):
    def close(self):
        return 1
print(issubclass(Real, Closeable), Real().close())

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Child(Never):
    pass
print(issubclass(Child, Never))

class Always(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True
print(issubclass(int, Always), isinstance("s", Always), isinstance(None, Always))
