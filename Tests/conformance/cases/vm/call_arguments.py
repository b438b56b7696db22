# Calls hand their arguments to the callee (moved into its frame or released after the call): every
# form of call keeps reference counts balanced, also when the call raises, and sees the right values.
import sys

class Box:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
    def method(self, x, y):
        return (x, y)
    def kw_only(self, x, *, y):
        return (x, y)
    @classmethod
    def make(cls, a):
        return cls(a)
    @staticmethod
    def static(a, b):
        return [a, b]
    def __call__(self, v):
        return v

class Sub(list):
    pass

def plain(a, b):
    return b

def defaults(a, b=None, *rest, **kw):
    return (a is b, len(rest), sorted(kw))

def raises(a, b):
    raise ValueError("from callee")

def gen(a, b):
    yield a
    yield b

def closure_maker(a):
    def inner(b):
        return (a, b)
    return inner

obj = object()
box = Box(obj)
inner = closure_maker(obj)
bound = box.method
start = sys.getrefcount(obj)

def every_form(obj):
    # `obj` is a local here: global-lookup caches would keep a reference to a global one.
    plain(obj, obj)
    defaults(obj, obj, obj, k=obj)
    defaults(obj)
    box.method(obj, obj)
    box.method(obj, y=obj)
    box.kw_only(obj, y=obj)
    bound(obj, obj)
    Box.make(obj)
    Box.static(obj, obj)
    box.static(obj, obj)
    Box(obj, b=obj)
    box(obj)
    inner(obj)
    list(gen(obj, obj))
    len([obj, obj])
    Sub()
    isinstance(obj, object)
    str.join(",", ["a", "b"])
    sys.getrefcount(obj)
    for bad in (lambda: plain(obj), lambda: plain(obj, obj, obj), lambda: raises(obj, obj),
                lambda: box.method(obj), lambda: box.kw_only(obj, obj), lambda: Box(),
                lambda: plain(obj, c=obj), lambda: box.nothing(obj)):
        try:
            bad()
        except (TypeError, ValueError, AttributeError) as e:
            pass

for round in range(3):
    for i in range(200):
        every_form(obj)
    print("round", round, "leaked", sys.getrefcount(obj) - start)

print(plain(1, 2), defaults(1, 1, 3, 4, z=5), box.method("x", y="y"), Box.make(7).a, box.static(1, 2))
print(inner(3)[0] is obj, list(gen("g1", "g2")), box(9), bound(5, 6))

def catch_in_caller():
    results = []
    for args in ((1,), (1, 2), (1, 2, 3)):
        try:
            results.append(plain(*args))
            results.append(plain(args[0], args[-1]))
            raises(args, args)
        except TypeError as e:
            results.append(str(e))
        except ValueError as e:
            results.append(str(e))
    return results

print(catch_in_caller())

def deep(n, payload):
    if n == 0:
        raise KeyError(payload)
    return deep(n - 1, payload)

try:
    deep(50, "bottom")
except KeyError as e:
    print("KeyError", e)

def recurse(n):
    return recurse(n + 1)

try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
print("after recursion leaked", sys.getrefcount(obj) - start)

# A function called while its last other reference goes away: the call still holds it.
class Vanishing:
    def go(self, n):
        del Vanishing.go
        return ("still running", n)

def rebinding(n):
    global rebinding
    rebinding = None
    return ("rebound", n)

holder = [lambda x: (holder.clear(), x)[1]]
print(Vanishing().go(1), hasattr(Vanishing, "go"), rebinding(2), rebinding, holder[0](3), holder)

# Instantiation hands the new instance and the arguments to __init__: errors and reference balance.
class Plain2:
    def __init__(self, a, b):
        self.a, self.b = a, b

class Raising:
    def __init__(self, a):
        raise KeyError(a)

class Returning:
    def __init__(self, a):
        return a

def make_many(obj):
    made = [Plain2(obj, obj) for _ in range(100)]
    for cls, args in ((Raising, (obj,)), (Returning, (obj,)), (Plain2, (obj,)), (Plain2, (obj, obj, obj))):
        for _ in range(50):
            try:
                cls(*args) if len(args) != 1 else cls(args[0])
            except (KeyError, TypeError):
                pass
    return len(made)

token = object()
before = sys.getrefcount(token)
print(make_many(token), "extra references", sys.getrefcount(token) - before)
for bad in (lambda: Raising("k"), lambda: Returning(5), lambda: Plain2(1), lambda: Plain2(1, 2, 3)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
p2 = Plain2("x", b="y")
print(p2.a, p2.b)
