import importlib
print(importlib.is_lazy_imports_enabled())
importlib.set_lazy_imports(False)
print(importlib.is_lazy_imports_enabled())
importlib.set_lazy_imports(True)
print(importlib.is_lazy_imports_enabled())
