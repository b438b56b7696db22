from __future__ import annotations
import ann_t
import ann_u
import sys
x: ann_t.T = 1
def f(a: ann_u.U) -> ann_t.T:
    pass
print(__annotations__)
print(f.__annotations__)
print("ann_t" in sys.modules, "ann_u" in sys.modules)
print(ann_u.U.__name__)
