# getstate()/setstate(): shapes, round trips, version 2 states and errors.
import random
import _random

def checksum(words):
    total = 0
    for i, w in enumerate(words):
        total = (total * 1000003 + w * (i + 1)) % (2**61 - 1)
    return total

r = random.Random(12345)
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(checksum(st[1]), st[1][624], st[1][0], st[1][623])
print(all(type(w) is int and 0 <= w < 2**32 for w in st[1]))
for count in [1, 2, 100, 311, 312, 313, 623, 624, 625, 1000]:
    r = random.Random(7)
    for _ in range(count):
        r.getrandbits(32)
    st = r.getstate()
    print(count, st[1][624], checksum(st[1]))

# Round trips, also across instances and through the module functions.
r = random.Random(31337)
for _ in range(500):
    r.random()
st = r.getstate()
first = [r.random() for _ in range(700)]
r.setstate(st)
print(first == [r.random() for _ in range(700)])
other = random.Random(1)
other.setstate(st)
print(first == [other.random() for _ in range(700)])
random.setstate(st)
print(first[:5] == [random.random() for _ in range(5)])
n = _random.Random(4)
n.setstate(st[1])
print(first[:5] == [n.random() for _ in range(5)], n.getstate() == st[1])

# gauss_next is part of the state.
r = random.Random(8)
r.gauss()
st = r.getstate()
print(st[2] is not None, round(st[2], 12))
g = r.gauss()
r.setstate(st)
print(g == r.gauss())

# A state for the module instance made by hand: any position 0..624.
words = tuple((i * 2654435761) % 2**32 for i in range(624))
for pos in [0, 1, 300, 623, 624]:
    random.setstate((3, words + (pos,), None))
    print(pos, random.getrandbits(32), random.random(), random.getstate()[1][624])

# Version 2 states hold signed words: they are taken modulo 2**32.
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words) + (624,)
r = random.Random()
r.setstate((2, signed, None))
print(r.getstate()[1] == words + (624,), r.random())
try:
    r.setstate((2, signed[:-1] + (1.5,), None))
    print(r.getstate()[1][624])
except Exception as e:
    print(type(e).__name__, e)
try:
    r.setstate((2, (1.5,) * 625, None))
except Exception as e:
    print(type(e).__name__, e)

# Words between 2**32 and 2**64 are cut to 32 bits; bools count as ints.
n = _random.Random()
n.setstate(tuple(2**40 + i for i in range(624)) + (5,))
print(n.getstate()[:3], n.getstate()[624])
n.setstate((True,) * 624 + (True,))
print(n.getstate()[:2], n.getstate()[624])
class Pos:
    def __index__(self):
        return 3
n.setstate((1,) * 624 + (Pos(),))
print(n.getstate()[624])

def attempt(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(5)
before = r.getstate()
attempt(lambda: r.setstate((3, list(before[1]), None)))
attempt(lambda: r.setstate((3, before[1][:-1], None)))
attempt(lambda: r.setstate((3, before[1] + (0,), None)))
attempt(lambda: r.setstate((3, (), None)))
attempt(lambda: r.setstate((3, before[1][:-1] + (625,), None)))
attempt(lambda: r.setstate((3, before[1][:-1] + (-1,), None)))
attempt(lambda: r.setstate((3, before[1][:-1] + (2**70,), None)))
attempt(lambda: r.setstate((3, before[1][:-1] + (1.0,), None)))
attempt(lambda: r.setstate((3, before[1][:-1] + ("1",), None)))
attempt(lambda: r.setstate((3, (1.5,) + before[1][1:], None)))
attempt(lambda: r.setstate((3, ("1",) + before[1][1:], None)))
attempt(lambda: r.setstate((3, (-1,) + before[1][1:], None)))
attempt(lambda: r.setstate((3, (2**64,) + before[1][1:], None)))
attempt(lambda: r.setstate((3, (Pos(),) + before[1][1:], None)))
attempt(lambda: r.setstate((3, (1.5,) + before[1][1:-1] + (999,), None)))
attempt(lambda: r.setstate((4, before[1], None)))
attempt(lambda: r.setstate((3, before[1])))
attempt(lambda: r.setstate(None))
attempt(lambda: r.setstate(()))
print(r.getstate() == before)
n = _random.Random(5)
attempt(lambda: n.setstate([0] * 625))
attempt(lambda: n.setstate((0,) * 624))
attempt(lambda: n.setstate(None))
attempt(lambda: n.setstate())
attempt(lambda: n.setstate((0,) * 625, 1))
attempt(lambda: n.getstate(1))
print(n.getstate() == before[1])

# copy and pickle-style reduction keep the state.
import copy
r = random.Random(77)
r.random()
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c.random() == d.random() == r.random())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])
