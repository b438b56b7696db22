from __future__ import annotations
import sys
print("__future__" in sys.modules)
def f(x: Undefined) -> AlsoUndefined:
    pass
print(f.__annotations__)
