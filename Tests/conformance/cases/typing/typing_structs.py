from typing import NamedTuple, TypedDict, NewType, List, Optional, get_type_hints, Annotated, ClassVar, Final, Literal, Any

class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_pct(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def tag(self):
        return self.name[:3].upper()

e = Employee("alice")
print(e, e.tag, e.raise_pct(10), e._asdict(), Employee._fields, Employee._field_defaults)
print(Employee.__doc__, Employee.__annotations__, e == ("alice", "eng", 100.0), e[0], len(e))
name, dept, sal = Employee("bob", "ops", 5)
print(name, dept, sal, Employee._make(["c", "d", 1.0]))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError:", ex)

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point(3, 4)._replace(y=0))
Pt3 = NamedTuple("Pt3", x=int, y=int, z=int)
print(Pt3(1, 2, 3))

class Config(TypedDict, total=False):
    debug: bool
    level: int

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Up", year=2009)
print(m, type(m).__name__, m["title"], Movie.__required_keys__ == frozenset({"title", "year"}), Config.__total__, sorted(Config.__optional_keys__))
c: Config = {"debug": True}
print(c, Config(level=3), Movie.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as ex:
    print("TypeError:", ex)

UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
u = UserId(42)
print(u, type(u).__name__, UserId, AdminId.__supertype__, AdminId(7) + 1, UserId.__name__)

class Node:
    value: int
    children: List["Node"]
    parent: Optional["Node"] = None
    weight: Annotated[float, "kg"] = 0.0
    count: ClassVar[int] = 0
    kind: Literal["leaf", "branch"] = "leaf"

hints = get_type_hints(Node)
for k in sorted(hints):
    print(k, hints[k])
print(get_type_hints(Node, include_extras=True)["weight"])

def fn(a: int, b: "List[int]", c: Any = None, *args: str, **kw: float) -> None:
    pass
print(get_type_hints(fn))
print(fn.__annotations__["b"])
MAX: Final = 10
print(Final[int], ClassVar[List[int]], Literal["a", "b"] == Literal["b", "a"])
