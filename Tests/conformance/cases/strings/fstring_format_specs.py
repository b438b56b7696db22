# f-strings: nested replacement fields in specs, conversions before specs, '=' debugging, and user __format__.
width, prec, value = 12, 3, 2.718281828
fill, align = "*", "^"
print(f"[{value:{width}.{prec}f}]", f"[{value:{fill}{align}{width}.{prec}e}]", f"[{'txt':{fill}>{width}}]")
print(f"{value=}", f"{value = :.2f}", f"{width!r:>5}", f"{'é'!a:>8}", f"{'q'!s:^5}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"{self.cents / 100:,.2f}"
        return f"${text:{spec}}" if spec else f"${text}"
m = Money(123456789)
print(f"{m}", f"{m:>20}", f"{m:*<18}", "{:>16}".format(m), "{0}".format(m))
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10,.2f}")
print(f"{'':-^30}")
print(f"{1e6:,}", f"{2**64:_}", f"{-0.0:z.1f}", f"{12:#b}", f"{'abc':.{prec - 1}}", f"{3.5!s:>6}")
