import importlib
import a
importlib.set_lazy_imports(False)
import b
print("main mid")
print(a.V)
