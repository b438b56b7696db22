from __future__ import lazy_imports
import importlib
import a
print(importlib.is_lazy_imports_enabled())
print(a.V)
