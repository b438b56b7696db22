"""A small inventory tool: dataclasses + enum + collections + contextlib + typing."""

from collections import Counter, defaultdict, OrderedDict, namedtuple
from contextlib import contextmanager, suppress, ExitStack
from dataclasses import dataclass, field, asdict, replace, fields
from enum import Enum, IntEnum, Flag, auto, unique
from typing import Dict, List, Optional, Iterator, ClassVar


@unique
class Category(Enum):
    TOOLS = "tools"
    PARTS = "parts"
    SAFETY = "safety"

    @property
    def label(self) -> str:
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Attr(Flag):
    FRAGILE = auto()
    HAZARDOUS = auto()
    PERISHABLE = auto()
    SPECIAL = FRAGILE | HAZARDOUS


class StockError(Exception):
    pass


Location = namedtuple("Location", "aisle shelf")


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category = field(compare=False)
    price_cents: int = field(default=0, compare=False)
    qty: int = field(default=0, compare=False)
    attrs: Attr = field(default=Attr(0), compare=False)
    location: Optional[Location] = field(default=None, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    created: ClassVar[int] = 0

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.sku}")
        self.sort_key = (self.category.value, self.sku)
        Item.created += 1

    @property
    def value_cents(self) -> int:
        return self.price_cents * self.qty


@dataclass(frozen=True)
class Movement:
    sku: str
    delta: int
    reason: str = "adjust"


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=OrderedDict)
    log: List[Movement] = field(default_factory=list)
    _tx_depth: int = field(default=0, repr=False)

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            raise StockError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def move(self, sku: str, delta: int, reason: str = "adjust") -> None:
        item = self.items[sku]
        if item.qty + delta < 0:
            raise StockError(f"insufficient stock for {sku}: have {item.qty}, need {-delta}")
        item.qty += delta
        self.log.append(Movement(sku, delta, reason))

    @contextmanager
    def transaction(self):
        snapshot = {k: v.qty for k, v in self.items.items()}
        log_len = len(self.log)
        self._tx_depth += 1
        try:
            yield self
        except StockError as exc:
            for k, q in snapshot.items():
                self.items[k].qty = q
            del self.log[log_len:]
            print("rolled back:", exc)
        finally:
            self._tx_depth -= 1

    def by_category(self) -> Dict[Category, List[Item]]:
        groups = defaultdict(list)
        for it in sorted(self.items.values()):
            groups[it.category].append(it)
        return groups

    def low_stock(self, threshold: int = 5) -> Iterator[Item]:
        return (it for it in self.items.values() if it.qty < threshold)

    def total_value(self) -> int:
        return sum(it.value_cents for it in self.items.values())


def fmt_money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


inv = Inventory()
inv.add(Item("T-100", "Hammer", Category.TOOLS, 1299, 10, tags=["steel"], location=Location(1, "A")))
inv.add(Item("T-200", "Wrench", Category.TOOLS, 899, 3))
inv.add(Item("P-001", "Bolt M6", Category.PARTS, 15, 500, location=Location(4, "C")))
inv.add(Item("S-010", "Goggles", Category.SAFETY, 450, 2, attrs=Attr.FRAGILE))
inv.add(Item("S-020", "Solvent", Category.SAFETY, 1250, 8, attrs=Attr.HAZARDOUS | Attr.PERISHABLE))

try:
    inv.add(Item("T-100", "Dup", Category.TOOLS))
except StockError as e:
    print("error:", e)
try:
    Item("X", "Bad", Category.PARTS, -1)
except ValueError as e:
    print("error:", e)

with inv.transaction():
    inv.move("P-001", -120, "order 17")
    inv.move("T-200", -2, "order 17")
with inv.transaction():
    inv.move("T-100", -3, "order 18")
    inv.move("S-010", -5, "order 18")
print("log:", [(m.sku, m.delta) for m in inv.log])

for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    print(f"{cat.label:<7} {len(items)} item(s):", ", ".join(f"{i.name}x{i.qty}" for i in items))

print("low stock:", [it.sku for it in inv.low_stock()])
print("total:", fmt_money(inv.total_value()))
counts = Counter(it.category.name for it in inv.items.values())
print("per category:", sorted(counts.items()))
reasons = Counter(m.reason for m in inv.log for _ in range(abs(m.delta)))
print("units by reason:", reasons.most_common())

special = [it.sku for it in inv.items.values() if it.attrs & Attr.SPECIAL]
print("special handling:", special, repr(Attr.SPECIAL), Attr.HAZARDOUS in inv.items["S-020"].attrs)

urgent = {sku: Priority.HIGH if it.qty < 3 else Priority.NORMAL for sku, it in inv.items.items()}
print("priorities:", sorted(urgent.items(), key=lambda kv: (-kv[1], kv[0])))
print("max priority:", max(urgent.values()), repr(max(urgent.values())))

bolt = inv.items["P-001"]
print(asdict(bolt))
print(replace(bolt, qty=0, tags=["restock"]))
print([f.name for f in fields(Item) if f.compare], Item.created)
print(sorted(inv.items.values())[0].sku, Item("A", "a", Category.PARTS) < Item("B", "b", Category.PARTS))

with ExitStack() as stack:
    for sku in ("T-100", "S-020"):
        stack.callback(print, "released lock on", sku)
    print("inside stack")
with suppress(KeyError):
    inv.move("NOPE", 1)
print("done", len(inv.log), Movement("a", 1) == Movement("a", 1), hash(Movement("a", 1)) == hash(Movement("a", 1)))
