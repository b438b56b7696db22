import importlib
from flaky import V
try:
    print(V)
except ImportError as e:
    print("first use failed:", e)
print(importlib.is_lazy_import(globals(), "V"))
print(V)
print(importlib.is_lazy_import(globals(), "V"))
