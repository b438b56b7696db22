# Python subclasses of random.Random and of the native _random.Random.
import random
import _random

class Constant(random.Random):
    # random() only: integer methods go through random() (no getrandbits).
    def random(self):
        return 0.25

c = Constant(1)
print(c.random(), c.uniform(0, 8), c.choice("abcdefgh"), c.randrange(100), c.randint(1, 4))
items = list(range(10))
c.shuffle(items)
print(items, c.sample(range(20), 4), c.choices("abcd", k=3))
print(c._randbelow.__func__ is random.Random._randbelow_without_getrandbits)
print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)
print(c.getrandbits(8) == random.Random(1).getrandbits(8))

class Cycle(random.Random):
    def __init__(self, values):
        self.values = values
        self.i = 0
        super().__init__(0)
    def random(self):
        self.i += 1
        return self.values[self.i % len(self.values)]

cy = Cycle([0.1, 0.9, 0.5, 0.999999])
print([cy.randrange(7) for _ in range(8)], [cy.choice("xyz") for _ in range(4)])
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = cy._randbelow(2**60)
print(v, len(caught), caught[0].category.__name__ if caught else None)
print(str(caught[0].message).splitlines()[-1] if caught else None)

class Counted(random.Random):
    # getrandbits overridden: randrange uses it.
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

ct = Counted(11)
plain = random.Random(11)
print([ct.randrange(1000) for _ in range(5)] == [plain.randrange(1000) for _ in range(5)], ct.calls >= 5)
print(ct._randbelow.__func__ is random.Random._randbelow_with_getrandbits)

class Tagged(random.Random):
    kind = "tagged"
    def __init__(self, x=None, label="none"):
        super().__init__(x)
        self.label = label
        self.history = []
    def draw(self):
        v = self.random()
        self.history.append(v)
        return v

t = Tagged(5, label="five")
print(t.label, t.kind, t.draw() == random.Random(5).random(), len(t.history))
print(sorted(vars(t)), t.gauss_next)
t.extra = [1, 2]
del t.label
print(sorted(vars(t)), hasattr(t, "label"))
st = t.getstate()
t2 = Tagged(label="copy")
t2.setstate(st)
print(t2.random() == t.random(), t2.label)

class Slotted(random.Random):
    __slots__ = ("a",)
s = Slotted(2)
s.a = 4
print(s.a, s.random() == random.Random(2).random())

# Directly on the native type: __init__ seeds, no dict unless the subclass has one.
class Native(_random.Random):
    pass
nat = Native(9)
print(nat.random() == random.Random(9).random(), type(nat).__mro__[1] is _random.Random)
nat.note = "ok"
print(nat.note, nat.__dict__)

class NativeInit(_random.Random):
    def __init__(self, a, b):
        self.total = a + b
        self.seed(a * b)
ni = NativeInit(3, 4)
print(ni.total, ni.random() == random.Random(12).random())

class NativeOverride(_random.Random):
    def random(self):
        return 2 * super().random()
no = NativeOverride(6)
print(no.random() == 2 * random.Random(6).random())

class Pair(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a, version)
        self.seeded = a
p = Pair(21)
print(p.seeded, p.random() == random.Random(21).random())
p.seed("again")
print(p.seeded, p.random() == random.Random("again").random())

# Module functions share the hidden instance; separate instances do not.
random.seed(100)
a = random.random()
inst = random.Random(100)
print(a == inst.random())
random.seed(100)
inst2 = random.Random(100)
print(random.random() == inst2.random(), random.random() == inst2.random())
random.seed(100)
x1 = random.random()
x2 = random._inst.random()
random.seed(100)
print([x1, x2] == [random.random(), random.random()])
random.seed(100)
inst3 = random.Random(100)
inst3.random()
print(random.random() == random.Random(100).random())
print(random.getstate() == random._inst.getstate(), random.getstate() != inst3.getstate())
