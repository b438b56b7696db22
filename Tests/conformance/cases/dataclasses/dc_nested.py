from dataclasses import dataclass, field, asdict, astuple, make_dataclass, fields
from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", "a b")

@dataclass
class Leaf:
    name: str
    weight: float = 1.0

@dataclass
class Tree:
    root: Leaf
    children: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = (1, 2)

t = Tree(Leaf("r"), [Leaf("a", 2.0), Leaf("b")], {"k": Leaf("c")}, Pair(Leaf("x"), 3))
print(t)
d = asdict(t)
print(d)
print(type(d["pair"]).__name__, d["children"][0] is t.children[0])
print(astuple(t))
print(asdict(Leaf("z"), dict_factory=OrderedDict))
print(astuple(Leaf("q", 3.0), tuple_factory=list))

@dataclass
class Node:
    val: int
    nxt: "Node" = None
n = Node(1, Node(2, Node(3)))
print(n)
print(asdict(n))

P3 = make_dataclass("P3", [("x", int), ("y", int, field(default=0)), "z"], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = P3(1, -2, "zz")
print(p, p.norm(), [f.name for f in fields(P3)], P3.__name__)
C = make_dataclass("C", [("a", int)], frozen=True, order=True)
print(sorted([C(3), C(1)]), hash(C(1)) == hash(C(1)))

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 5
except AttributeError as e:
    print("AttributeError")

match Leaf("m", 4.0):
    case Leaf(name, weight):
        print("matched", name, weight)
