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
