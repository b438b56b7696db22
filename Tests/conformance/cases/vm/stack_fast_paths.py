# Instructions with fast paths for ints, floats, lists and tuples on the operand stack: each result,
# and each fall-back to the general path (errors, subclasses, other types), against CPython.

class Noisy:
    def __init__(self, name):
        self.name = name

class MyList(list):
    def __getitem__(self, i):
        return ("sub", i)
    def __setitem__(self, i, v):
        print("setitem", i, v)

class Weird:
    def __lt__(self, other):
        return "truthy"
    def __eq__(self, other):
        return 0

def subscripts():
    xs = [10, 20, 30]
    t = (1, 2.5, "three")
    print(xs[0], xs[-1], xs[2], t[-3], t[1], t[-1])
    for bad in (3, -4, 10**20):
        try:
            xs[bad]
        except IndexError as e:
            print("IndexError", e)
        try:
            t[bad]
        except IndexError as e:
            print("IndexError", e)
    print(MyList([1, 2])[0], "abc"[1], {0: "zero"}[0], range(5)[-1], xs[True])
    xs[0] = "a"
    xs[-1] = xs
    print(xs[0], xs[1], xs[2] is xs)
    try:
        xs[3] = 1
    except IndexError as e:
        print("IndexError", e)
    try:
        t[0] = 1
    except TypeError as e:
        print("TypeError", e)
    m = MyList([1, 2])
    m[0] = 5
    d = {}
    d[1] = 2
    print(d)
    holder = [Noisy("old")]
    print("replacing")
    holder[0] = Noisy("new")
    print("replaced", holder[0].name)
    holder[-1] = 0
    print("done", holder)

def arithmetic():
    i, f = 7, 2.5
    print(i + 1, i - 10, i * i, i // 2, i % 3, i / 2, -i // 2, -i % 3, i ** 2, i << 3, i >> 1)
    print(f + 1.5, f - 3.0, f * f, f / 2.0, f + 1, 1 + f, f // 1.0, f % 2.0)
    big = 2 ** 62
    print(big + big, big * 4, -big - big - big, (-2**63) // -1)
    try:
        i / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        f / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    s = "ab"
    s += "cd"
    print(s, [1] + [2], (1,) * 2)

def comparisons():
    a, b, x, y = 1, 2, 1.5, float("nan")
    print(a < b, a > b, a == 1, a != 1, x <= 1.5, x >= 2.0, y == y, y != y, a < x, x < b, 2**70 > a)
    if a < b:
        print("lt jump")
    if not (a >= b):
        print("ge jump")
    if x < y or y < x:
        print("nan compare true?")
    else:
        print("nan compares false")
    w = Weird()
    if w < 1:
        print("non-bool truthy result")
    r = w < 1
    print(r, w == 1)
    if w == 1:
        print("zero is truthy?")
    else:
        print("zero result is falsy")
    print(a is a, a is not b, None is None, [] is [])
    if x is not None and a is not None:
        print("is not jumps")
    n = 0
    while n < 5:
        n += 1
    print(n)
    try:
        if a < "s":
            pass
    except TypeError as e:
        print("TypeError", e)

def unpacking():
    a, b = [1, 2]
    c, d, e = (3, "x", [5])
    (f, g), h = (6, 7), 8
    print(a, b, c, d, e, f, g, h)
    k, = [Noisy("only")]
    print("unpacked", k.name)
    del k
    [] = ()
    for bad in ([1], (1, 2, 3), "abc", 5):
        try:
            p, q = bad
            print("unpacked", p, q)
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)
    class T(tuple):
        def __iter__(self):
            return iter(("from", "iter"))
    u, v = T((1, 2))
    print(u, v)
    s = [0]
    s.append(s)
    first, second = s
    print(first, second is s)

def stack_shuffles():
    a, b = 1, 2
    a, b = b, a
    x, y, z = "x", "y", "z"
    x, y, z = z, x, y
    print(a, b, x, y, z)
    xs = [1.0, 2.0]
    xs[0] += 1.5
    xs[-1] *= 3
    obj = Noisy("attr")
    obj.count = 1
    obj.count += 2
    print(xs, obj.count)
    del obj

subscripts()
arithmetic()
comparisons()
unpacking()
stack_shuffles()
print("end")
