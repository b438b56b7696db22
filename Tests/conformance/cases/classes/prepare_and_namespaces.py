import sys, types

class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        dict.__setitem__(self, key, value)
    def __getitem__(self, key):
        print("get", key)
        return dict.__getitem__(self, key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return LoggingDict()

class A(metaclass=Meta):
    x = 1
    y = x + 1
    del x
print(A.y, hasattr(A, "x"))

class Entries:
    def __mro_entries__(self, bases):
        return (object,)
class C(Entries()):
    pass
print(type(C.__dict__.get("__orig_bases__")).__name__, C.__bases__)

module = sys.modules[__name__]
print(vars(module) is globals(), module.__dict__["A"] is A)
print(str(types.MappingProxyType({"a": 1})), repr(types.MappingProxyType({"a": 1})))

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
r = Recorder()
print("a", 1, None, sep="-", end="!", file=r)
print(r.parts)

print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf, hash(float("inf")))

class Mixed(ArithmeticError, TypeError):
    pass
print([k.__name__ for k in Mixed.__mro__])
try:
    raise Mixed("m")
except TypeError as e:
    print("caught as TypeError:", e)
