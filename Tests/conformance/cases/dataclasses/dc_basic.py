from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, Point(y=5, x=4), Point.__match_args__)
print(Point.__init__.__qualname__, Point.__init__.__annotations__)
print(Point.__hash__ is None, is_dataclass(Point), is_dataclass(p), is_dataclass(3))
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p), replace(p, y=10), p)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", init=False)
    meta: int = field(default=1, metadata={"unit": "kg"})

a = Inventory()
b = Inventory()
a.items.append(1)
print(a, b, a.items is b.items, Inventory([1], count=5) == a)
print(fields(Inventory)[4].metadata["unit"], len(fields(Inventory)[0].metadata), a.secret, vars(b))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "x")]
print(sorted(vs), Version(1, 2) == Version(1, 2, "other"), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2, "z")), len({Version(1), Version(1, 0), Version(2)}))
v = Version(1)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v.new_attr = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(v, minor=7))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10

print(Derived(), Derived(1, "x", 2.5), [f.name for f in fields(Derived)])

@dataclass
class WithPost:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)
    def __post_init__(self, scale):
        self.area = self.w * self.h * scale

wp = WithPost(2, 3, 10)
print(wp, [f.name for f in fields(wp)], wp.area)
print(replace(wp, w=1, scale=2))

@dataclass
class KW:
    x: int
    _: KW_ONLY
    y: int = 1
    z: int
print(KW(1, z=3), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2
print(AllKW(a=1), AllKW.__match_args__)

@dataclass
class Mixed:
    x: int
    y: int = field(kw_only=True, default=5)
    z: int = 3
print(Mixed(1, 2), Mixed(1, 2, y=9))

@dataclass(unsafe_hash=True)
class Hashable:
    k: str
    v: int = field(hash=False)
print(hash(Hashable("a", 1)) == hash(Hashable("a", 2)), Hashable("a", 1) == Hashable("a", 2))

@dataclass(eq=False)
class NoEq:
    x: int
n1, n2 = NoEq(1), NoEq(1)
print(n1 == n2, n1 == n1, NoEq.__hash__ is object.__hash__)

@dataclass(repr=False, init=False)
class Manual:
    x: int = 4
    def __repr__(self):
        return "Manual!"
m = Manual()
print(m, m.x)

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return "Custom<%d>" % self.x
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)
