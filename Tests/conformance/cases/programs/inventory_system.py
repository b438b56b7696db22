class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {self.price:.2f}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item
    def remove_stock(self, sku, n):
        item = self._items[sku]
        if n > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= n
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self._items)
    def __contains__(self, sku):
        return sku in self._items
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<10}{'Qty':>5}{'Value':>10}"]
        for it in self:
            lines.append(f"{it.sku:<6}{it.name:<10}{it.qty:>5}{it.value:>10.2f}")
        lines.append(f"{'':<16}{'total':>5}{sum(i.value for i in self):>10.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("B2", "bolt", 0.25, 400), ("A1", "anvil", 99.99, 3), ("C3", "chain", 12.5, 10)]:
    inv.add(Item(*args))
print(inv.report())
for op in [lambda: inv.add(Item("A1", "again", 1, 1)), lambda: inv.remove_stock("C3", 4), lambda: inv.remove_stock("A1", 5), lambda: inv.remove_stock("Z9", 1)]:
    try:
        op()
        print("ok")
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(len(inv), "C3" in inv, list(inv))
