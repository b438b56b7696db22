# Calls of builtin methods and functions move their arguments into the native call: every argument
# count, bound and unbound, errors from the callee, and balanced reference counts.
import sys

items = [1, 2, 3]
insert, pop, append = items.insert, items.pop, items.append
insert(0, "front")
append("back")
print(items, pop(), pop(0), items)

text = "a-b-c-d"
print(text.replace("-", "+"), text.replace("-", "+", 2), text.split("-", 1), text.count("-", 2, 5))
print(text.upper(), text.find("c"), text.startswith(("x", "a")))

d = {"k": 1}
get = d.get
print(get("k"), get("missing"), get("missing", "default"), d.setdefault("n", []), d)

# Unbound methods called through the type, and builtins without shortcuts.
print(str.join(",", ["x", "y"]), list.index([4, 5, 6], 6), divmod(17, 5), pow(2, 10, 1000))
print(max(3, 9, 4), min([7, 2, 8]), round(2.675, 2), sorted([3, 1, 2], reverse=True))

# Errors raised by the native function after the arguments have moved.
for call in (lambda: insert(1), lambda: pop(99), lambda: items.index("nope"),
             lambda: text.replace("-"), lambda: get(), lambda: divmod(1, 0), lambda: d.get(1, 2, 3)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# The moved arguments are neither lost nor kept twice.
value = object()
before = sys.getrefcount(value)
box = []
put = box.append
for _ in range(100):
    put(value)
    box.pop()
    d.get(value, value)
    "".join([]) if value is None else None
print(sys.getrefcount(value) - before, len(box))

# list.insert and list.pop shortcuts, bound and unbound: clamping, negative indexes, subclasses,
# errors left to the methods, __index__ and reference counts.

items2 = [1, 2, 3]
ins, pop = items2.insert, items2.pop
ins(0, "a"); ins(-1, "b"); ins(100, "c"); ins(-100, "d")
print(items2, pop(), pop(0), pop(-1), pop(1), items2)
items2.insert(1, "x"); print(items2.pop(1), items2.pop(), items2)
class L(list):
    pass
sub = L([5, 6])
sub.insert(0, 4); print(sub, sub.pop(), type(sub).__name__)
for args in ((), (5,), (-9,), ("1",), (1.0,)):
    try:
        print(pop(*args) if args else [].pop())
    except Exception as e:
        print(type(e).__name__, e)
try:
    ins("0", 1)
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self): return 0
ins(I(), "via index"); print(items2)
v = object()
b = sys.getrefcount(v)
for _ in range(100):
    ins(0, v); pop(0)
print(sys.getrefcount(v) - b)
