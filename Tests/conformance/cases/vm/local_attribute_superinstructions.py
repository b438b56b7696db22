# `local.name` and `local.method()` run as one step when the attribute cache hits: misses, jumps
# into the second half, unbound locals, errors and reference counts behave as without it.
import sys

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def twice(self):
        return self.get() * 2

def pick(a, b, first):
    # The `a` branch jumps straight to the attribute load that follows `b`'s local load.
    return (a if first else b).x, (a if first else b).get()

p, q = P(1), P(2)
print([pick(p, q, f) for f in (True, False, True, False)])
print([P(i).twice() for i in range(5)])

def mixed(objs):
    out = []
    for o in objs:
        out.append((o.real, o.conjugate(), o.x if hasattr(o, "x") else None))
    return out
class C(complex):
    x = "class attr"
print(mixed([3, 2.5, C(1, 2), 7]), mixed([C(1, 2)]))

def unbound():
    if False:
        obj = P(0)
    return obj.x
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def missing(o):
    return o.nope
try:
    missing(p)
except AttributeError as e:
    print("AttributeError:", e)

def method_missing(o):
    return o.nope()
try:
    method_missing(q)
except AttributeError as e:
    print("AttributeError:", e)

# An instance attribute that shadows a method, then goes away again.
r = P(7)
def call_get(o):
    return o.get()
print(call_get(r))
r.get = lambda: "shadow"
print(call_get(r))
del r.get
print(call_get(r))

value = object()
holder = P(value)
before = sys.getrefcount(value)
def churn(h):
    for _ in range(500):
        h.x
        h.get()
    return h.x
churn(holder)
print(sys.getrefcount(value) - before, sys.getrefcount(holder) > 1)

# `local.name = value`: existing attributes, new ones, a property setter, __slots__ and a
# __setattr__ override all behave as plain stores.
class Setter:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 10
class Slotted:
    __slots__ = ("a",)
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
def assign(o, name_value):
    o.v = name_value
    return o
s = assign(Setter(), 4)
print(s.v, s._v, vars(assign(P(1), 5)))
def assign_a(o, value):
    o.a = value
    return o.a
print(assign_a(Slotted(), 3), assign_a(Logged(), 4), assign_a(P(0), 5))

# Pairs of local loads and a store followed by a load, with a local unbound in the second half.
def pairs(a, b):
    c = a
    d = c + b
    return (a, b, c, d)
print(pairs(1, 2), pairs("x", "y"))
def second_unbound(flag):
    first = 1
    if flag:
        second = 2
    return first, second
print(second_unbound(True))
try:
    second_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def store_then_unbound(flag):
    x = 1
    if flag:
        y = 2
    z = x
    return z, y
print(store_then_unbound(True))
try:
    store_then_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# `return local` and `return constant`, in functions and generators, with an unbound local.
def ret_local(x):
    y = x * 2
    return y
def ret_const():
    return "const"
def gen_return(n):
    yield n
    return n + 1
def ret_unbound(flag):
    if flag:
        r = 1
    return r
g = gen_return(5)
print(ret_local(4), ret_const(), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(ret_unbound(True))
try:
    ret_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
