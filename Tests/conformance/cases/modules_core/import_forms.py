import math as m
from math import sqrt, pi as PI
from sys import maxsize
import sys, math
print(m.sqrt(4), sqrt(9), PI, maxsize > 0, m is math, sys.modules["math"] is math)
print(m.__name__, type(m).__name__)
try:
    import not_a_real_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from math import nonexistent
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], e.name)
def lazy():
    import math
    return math.floor(2.5)
print(lazy())
