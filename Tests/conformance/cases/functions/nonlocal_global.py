g = "global"
def f():
    g = "enclosing"
    def h():
        nonlocal g
        g = "modified by h"
    def k():
        global g
        g = "global modified by k"
    h()
    k()
    return g
print(f(), g)
def unbound():
    print(x_val)
    x_val = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 2
        return n
    step(); step()
    return n
print(counter())
