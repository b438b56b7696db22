# Global and module-attribute caches remember where a name was found and read the value in place:
# reassignment keeps them, while new keys, deletions, resizes and other dicts must not fool them.
import builtins
import sys

COUNTER = 0


def bump_and_read():
    global COUNTER
    total = 0
    for _ in range(50):
        COUNTER += 1
        total += COUNTER
    return total


print("reassigned in a loop:", bump_and_read(), COUNTER)


def read_x():
    return X


X = 1
print([read_x() for _ in range(3)])
for i in range(40):
    globals()["filler_%d" % i] = i          # the dict grows: positions move
print(read_x())
X = 2
print(read_x())
del X
try:
    read_x()
except NameError as e:
    print("NameError:", e)
X = 3
print(read_x())


def use_len():
    return len("abc")


print([use_len() for _ in range(3)])
len = lambda s: "shadowed"                  # a global now hides the builtin
print(use_len())
del len
print(use_len())
original_len = builtins.len
builtins.len = lambda s: "patched builtin"  # a value replaced in builtins
print(use_len())
builtins.len = original_len
print(use_len())

# One code object, two globals dicts: each function must see its own dict's value.
code = compile("def f():\n    return Y\n", "<shared>", "exec")
d1, d2 = {"Y": "first"}, {"Y": "second"}
exec(code, d1)
exec(code, d2)
print([(d1["f"](), d2["f"]()) for _ in range(3)])
d1["Y"] = "first again"
d2.pop("Y")
try:
    d2["f"]()
except NameError as e:
    print("NameError:", e)
print(d1["f"]())

# Module attributes.
m = type(sys)("holder")
m.value = 10


def read_module():
    return m.value


print([read_module() for _ in range(3)])
m.value = 11
print(read_module())
for i in range(30):
    setattr(m, "extra_%d" % i, i)
print(read_module())
del m.value
try:
    read_module()
except AttributeError as e:
    print("AttributeError:", e)
m.value = 12
print(read_module())
m.__dict__["value"] = 13
print(read_module())
