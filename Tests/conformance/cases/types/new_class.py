import types

def body(ns):
    ns["x"] = 10
    ns["hello"] = lambda self: "hi " + type(self).__name__

K = types.new_class("K", (), {}, body)
print(K.__name__, K.x, K().hello(), K.__bases__ == (object,))

class Base:
    def base(self):
        return "base"
K2 = types.new_class("K2", (Base,), exec_body=body)
print(K2().base(), K2().hello(), issubclass(K2, Base))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = sorted(kw.items())
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K3 = types.new_class("K3", (), {"metaclass": Meta, "flag": True})
print(type(K3).__name__, K3.kw)

meta, ns, kw = types.prepare_class("P", (), {"metaclass": Meta, "opt": 1})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("P", (K3,))
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("P")
print(meta.__name__, ns, kw)

class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
bases = (Entry(), int)
print([b.__name__ for b in types.resolve_bases(bases)])
plain = (Base,)
print(types.resolve_bases(plain) is plain)
K4 = types.new_class("K4", (Entry(),))
print(K4.__bases__ == (Base,), len(K4.__orig_bases__))

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    types.new_class("AB", (A, B))
except TypeError as e:
    print("TypeError:", e)
