from dataclasses import dataclass, field, fields, asdict, replace, InitVar
from typing import ClassVar

try:
    @dataclass
    class A:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)

for bad in ([], {}, set()):
    try:
        @dataclass
        class B:
            x: object = bad
    except ValueError as e:
        print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class C:
        x: int
        def __lt__(self, other):
            return False
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class C2:
        x: int
except ValueError as e:
    print("ValueError:", e)

@dataclass
class D:
    x: int

try:
    D()
except TypeError as e:
    print("TypeError:", e)
try:
    D(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    D(1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(D)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(D(1), y=2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class F:
    x: int
try:
    @dataclass
    class G(F):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class H(D):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass
class I:
    x: int
    z: int = field(init=False, default=0)
try:
    replace(I(1), z=3)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class J:
    x: int
    y: InitVar[int]
    def __post_init__(self, y):
        self.x += y
try:
    replace(J(1, 2))
except ValueError as e:
    print("ValueError:", e)
print(J(1, 2), replace(J(1, 2), y=5))

@dataclass
class K:
    x: int
    count: ClassVar[int] = 0
    label: "ClassVar[str]" = "k"
print(K(1), [f.name for f in fields(K)], K.count, K.label)
try:
    @dataclass(unsafe_hash=True)
    class L:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
