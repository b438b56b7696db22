from dataclasses import dataclass, field, asdict
from collections import Counter, defaultdict, OrderedDict
from enum import Enum
from typing import List, Optional
import json

class Category(Enum):
    TOOL = "tool"
    PART = "part"
    SUPPLY = "supply"

@dataclass(order=True)
class Item:
    sku: str
    name: str
    category: Category
    qty: int = 0
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value(self):
        return round(self.qty * self.price, 2)

stock = [
    Item("A-100", "hammer", Category.TOOL, 12, 9.99, ["steel"]),
    Item("B-220", "bolt", Category.PART, 500, 0.12, ["m6", "zinc"], "Acme"),
    Item("C-310", "tape", Category.SUPPLY, 40, 2.5),
    Item("A-101", "wrench", Category.TOOL, 7, 14.25, ["steel", "adjustable"], "Acme"),
    Item("B-221", "nut", Category.PART, 800, 0.05, ["m6"]),
]
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it)
for cat in Category:
    items = sorted(by_cat[cat])
    total = sum(i.value for i in items)
    print(f"{cat.name:<7} {len(items)} items, value {total:>8.2f}: {', '.join(i.name for i in items)}")
tags = Counter(t for it in stock for t in it.tags)
print(tags.most_common(2))
low = [it.sku for it in stock if it.qty < 20]
print("low stock:", low)
print(json.dumps(asdict(stock[1]), default=lambda o: o.value, sort_keys=True))
suppliers = OrderedDict()
for it in stock:
    suppliers.setdefault(it.supplier or "unknown", []).append(it.sku)
print(dict(suppliers))
print(max(stock, key=lambda i: i.value))
try:
    Item("X", "y", Category.TOOL) < 3
except TypeError as e:
    print("TypeError:", e)
print(repr(Category("part")), Category.PART.value)
