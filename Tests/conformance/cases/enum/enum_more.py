from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED < Color.GREEN if False else "skip")
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(Color.RED.__class__, Color.__name__, Color.RED.__objclass__ if False else "")
print(dir(Color.RED)[:0], [m.name for m in Color], Color.__members__.keys())
try: del Color.RED
except AttributeError as e: print(e)
print(bool(Color.RED), Color.RED is Color(Color.RED))
class E(Enum):
    pass
print(list(E), len(E), repr(E))
class Base(Enum):
    def hello(self): return "hi " + self.name
class Child(Base):
    A = 1
print(Child.A.hello(), list(Child))
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def favorite(cls): return cls.HAPPY
print(Mood.favorite(), Mood.HAPPY.value, max(Mood, key=lambda m: m.value))
class I(IntEnum):
    X = 5
    Y = auto()
print(list(I), I.X < I.Y, I.X == 5, hash(I.X) == hash(5), {5: 'five'}[I.X], I(5) is I.X)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W | Perm.X, repr(Perm(7)), Perm(7) == 7, Perm.R in Perm(6), list(Perm(5)), Perm(5) & 4)
class Sh(Flag):
    A = 1
    B = 2
print(repr(Sh.A | Sh.B), [m for m in Sh.A | Sh.B], Sh(3) is (Sh.A | Sh.B))
print(isinstance(Color, EnumMeta), issubclass(Color, Enum), isinstance(Color.RED, Enum), isinstance(I.X, int))
class Str(str, Enum):
    A = "a"
print(Str.A, repr(Str.A), Str.A == "a", f"{Str.A}", Str.A.upper())
print(enum.Enum.__name__, Color.RED.name.lower())
d = {Color.RED: 1}; d[Color.GREEN] = 2; print(d)
class WithInit(Enum):
    A = 1, "one"
    B = 2, "two"
    def __init__(self, num, word):
        self.num = num; self.word = word
print(WithInit.A.value, WithInit.B.word, WithInit((1, "one")))
try:
    class Animal(Enum):
        dog = 1
        cat = 2
        mro = 3
except ValueError as e:
    print("ValueError:", e)
print(StrEnum("SE", "A B").A, repr(IntFlag("F", "X Y Z").Z))
