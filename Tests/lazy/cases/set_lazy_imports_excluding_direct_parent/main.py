import importlib
importlib.set_lazy_imports(True, excluding=["pkg"])
import pkg.child as c
import pkg.sub.grand as g
print("main mid")
print(c.NAME)
g.f()
