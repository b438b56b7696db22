# `value op local` and `value op constant` for ints and floats run in one step; everything else
# (big ints, zero division, strings, lists, objects with operators, unbound locals) as before.
def arith(a, b):
    c = a + 1
    d = (a * 2) - b
    e = (a - b) * 0.5
    f = (b + 2.5) / 2
    g = (a * a) // 3 + (b * b) % 7
    h = (c - 1) ** 2
    return c, d, e, f, g, h

print(arith(3, 4), arith(2.5, 1), arith(-7, 2.0))
big = 2 ** 62
print(arith(big, 1))
print((big * 4) + 1, (big + big) - 1, -big - big - 1)

def div(x, y):
    return (x + 0) / y, (x + 0) // 2, (x + 0) % 3
print(div(7, 2), div(7.5, 2), div(-7, 3))
for y in (0, 0.0):
    try:
        div(1, y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
def mod_zero(x):
    return (x + 1) % 0
try:
    mod_zero(1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def mixed(s, items, n):
    t = (s + "!") * 2
    u = (items + [1]) * n
    v = (items + [2]) + items
    return t, u, v
print(mixed("ab", [0], 2))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __radd__(self, other):
        return Num(other + self.v)
def objects(a, b):
    return ((a + 1) + b).v, (1 + a).v
print(objects(Num(1), Num(2)))

def accumulate(values):
    total = 0
    ftotal = 0.0
    for v in values:
        total += v
        ftotal += v * 0.5
    return total, ftotal
print(accumulate(range(10)), accumulate([1.5, 2, 3]))

def unbound(flag):
    x = 1
    if flag:
        y = 2
    return (x + 0) - y
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def wrong(a):
    return (a + 1) - "s"
try:
    wrong(1)
except TypeError as e:
    print("TypeError:", e)

# Comparisons with a local or constant on the right, with and without a jump after them.
def compare(a, b):
    results = [a < b, a <= 3, a == b, a != 2.5, a > 0, a >= b]
    if a < b:
        results.append("lt")
    steps = 0
    while a > 0 and steps < 5:
        a -= 1
        steps += 1
    results.append(a)
    return results
print(compare(2, 3), compare(2.5, 2.5), compare(3, 1.0), compare(-1, -1))
nan = float("nan")
print(compare(nan, nan)[:6], compare(2 ** 53 + 1, float(2 ** 53))[:6])
print(compare(2 ** 80, 3)[:6])
def strings(s, t):
    return s < t, s == "b", s > "a"
print(strings("a", "b"), strings("b", "a"))
try:
    compare("x", 1)
except TypeError as e:
    print("TypeError:", e)
