from dataclasses import dataclass, field, fields, asdict, is_dataclass, replace
import dataclasses

@dataclass
class A:
    x: int = 1
    y: list = field(default_factory=lambda: [1, 2])

@dataclass
class B(A):
    z: str = "z"

b = B()
print(b, B(5, [9], "q"), b == B(), A() == B(), isinstance(b, A))
print(B.__dataclass_params__.frozen if hasattr(B.__dataclass_params__, "frozen") else None, hasattr(B, "__dataclass_fields__"))
print(list(B.__dataclass_fields__), fields(B)[1].default_factory())

@dataclass
class Self_:
    self: int
    other: int = 2
print(Self_(1), Self_(self=3))

@dataclass
class Rec:
    name: str
    child: "Rec" = None
r = Rec("a")
r.child = r
print(r)

@dataclass
class Defaults:
    a: int = 0
    b: tuple = ()
    c: frozenset = frozenset()
    d: str = "s"
print(Defaults(), Defaults.a, Defaults.b)

@dataclass
class WithClassAttr:
    x: int
    unannotated = 5
print(WithClassAttr(1), [f.name for f in fields(WithClassAttr)], WithClassAttr.unannotated)

@dataclass(init=False)
class NoInit:
    x: int = 3
    def __init__(self, v):
        self.x = v * 2
print(NoInit(4))

@dataclass
class Props:
    _val: int = 0
    @property
    def val(self):
        return self._val
print(Props(3).val, Props())

@dataclass(frozen=True)
class FrozenBase:
    a: int
@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0
fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash(FrozenChild(1, 2)), {fc: "v"}[FrozenChild(1, 2)])

class Plain:
    pass
@dataclass
class FromPlain(Plain):
    q: int = 0
print(FromPlain(), is_dataclass(Plain), dataclasses.is_dataclass(FromPlain()))

@dataclass
class Repr:
    a: int
    b: int = field(repr=False)
print(Repr(1, 2))

@dataclass
class Conv:
    items: list = field(default_factory=list)
    def __post_init__(self):
        self.items = sorted(self.items)
print(Conv([3, 1, 2]), replace(Conv([5, 4])))

@dataclass(eq=True, order=True)
class Card:
    rank: int
    suit: str
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(14, "d")]
print(sorted(hand), max(hand), Card(2, "a") <= Card(2, "a"))
print(Card.__eq__.__qualname__ if hasattr(Card.__eq__, "__qualname__") else "")
