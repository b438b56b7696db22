class Account:
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def __audit(self):
        return f"{self.owner}: {self.__balance}"
    def report(self):
        return self.__audit()
class Base:
    def __init__(self):
        self.__secret = "base"
    def base_secret(self):
        return self.__secret
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"
    def child_secret(self):
        return self.__secret
a = Account("ann", 10)
print(a.report(), a._Account__balance, hasattr(a, "__balance"), hasattr(Account, "_Account__audit"))
c = Child()
print(c.base_secret(), c.child_secret(), sorted(vars(c)))
class _Under:
    __count = 0
    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count
print(_Under.bump(), _Under.bump(), _Under._Under__count)
def outside():
    class Inner:
        def get(self):
            __local = 3
            return __local + len([__x for __x in range(2)])
    return Inner().get()
print(outside())
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
