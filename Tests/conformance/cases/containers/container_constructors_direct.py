# tuple(x), list(x) and set(x) (built without dispatching __new__/__init__) against subclasses,
# generators, bad arguments and keyword errors.
try:
    tuple.__new__ = lambda *a: 1
except TypeError as e:
    print("TypeError", e)
try:
    list.__init__ = lambda *a: None
except TypeError as e:
    print("TypeError", e)
class T(tuple): pass
class L(list):
    def __init__(self, x):
        print("init", x)
        super().__init__(x)
class S(set): pass
print(T([1, 2]), type(T([1])).__name__, L("ab"), S([1, 1, 2]), type(S()).__name__)
print(tuple(x for x in range(20)), list(x for x in range(3)), sorted(set(x % 3 for x in range(9))))
t = (1, 2)
print(tuple(t) is t, list(t), set(t))
l = [1, 2]
m = list(l)
m.append(3)
print(l, m, m is l)
for bad in (1, None, 2.5):
    for f in (tuple, list, set, frozenset):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
for f in (tuple, list, set):
    try:
        f(x=1)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    try:
        f([1], x=1)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    try:
        f([1], [2])
    except TypeError as e:
        print(f.__name__, "TypeError", e)
    print(f(), f([]), f(iter([3, 4])), f({5: 6}), f("ab") == f("ab"), len(f(range(10))))
def gen():
    yield 1
    raise ValueError("in generator")
for f in (tuple, list, set):
    try:
        f(gen())
    except ValueError as e:
        print(f.__name__, "ValueError", e)
print([1, 2] * 2)
try:
    set([[1]])
except TypeError as e:
    print("TypeError", e)
