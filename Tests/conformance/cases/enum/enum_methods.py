from enum import Enum, IntEnum, auto

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH)

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    SATURDAY = 6
    SUNDAY = 7

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]

    @staticmethod
    def count():
        return 4

    def __str__(self):
        return self.name.title()

print([d.is_weekend() for d in Weekday], Weekday.from_name("sunday"), Weekday.count())
print(str(Weekday.MONDAY), repr(Weekday.MONDAY), f"{Weekday.TUESDAY}")

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN

print(Status("ACTIVE"), Status("InActive"), Status(42))

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "nope"
try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e)

class Ordered(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
    LOW = 1
    HIGH = 3
    MID = 2
print(sorted(Ordered), max(Ordered))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.label, Coord(0), Coord.PX.value)

class Mixed(int, Enum):
    A = 1
    B = 2
print(Mixed.A, repr(Mixed.B), Mixed.A + 1, f"{Mixed.B}")

class Cfg(Enum):
    _ignore_ = "helper"
    helper = 1
    ON = True
    OFF = False
    _private = 5
    __dunder__ = 6
print(list(Cfg), Cfg(True), Cfg._private)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape.__members__.items())[-1])
print(hash(Shape.SQUARE) == hash(Shape.ALIAS_FOR_SQUARE), len({Shape.SQUARE, Shape.ALIAS_FOR_SQUARE}))
print(Shape.SQUARE.value.__class__.__name__)
