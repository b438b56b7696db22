from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != 1)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color) is EnumMeta, EnumType)
print(f"{Color.RED}", "{}".format(Color.GREEN), format(Color.BLUE, ">12") + "|")
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: -c.value))
print(Color.RED in Color, list(reversed(Color)))
for bad in (7, "RED", None):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num.TWO * 3, Num.ONE == 1, Num(2), f"{Num.TWO:03d}")
print(sorted([Num.TWO, Num.ONE]), Num.TWO > Num.ONE, int(Num.TWO), isinstance(Num.ONE, int))
print([1, 2, 3][Num.ONE], str(Num.TWO))

class Shade(StrEnum):
    LIGHT = auto()
    DARK = "Dark"
print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK.upper(), Shade.LIGHT == "light", f"<{Shade.DARK}>")
print(Shade("light"), isinstance(Shade.DARK, str), "-".join([Shade.LIGHT, Shade.DARK]))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(list(Lower), Lower("y1"))

@unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum("Pet", [("DOG", "woof"), ("COW", "moo")])
print(Pet.DOG, Pet("moo"), Pet.COW.value)
Pos = IntEnum("Pos", "FIRST SECOND")
print(Pos.SECOND + 0, repr(Pos.FIRST))
