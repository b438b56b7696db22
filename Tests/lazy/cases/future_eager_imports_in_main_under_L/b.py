print("b start")
import c
print("b end")
def f():
    return c.V
