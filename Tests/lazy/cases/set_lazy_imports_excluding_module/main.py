import importlib
importlib.set_lazy_imports(True, excluding={"modx"})
import modx
import plainmod
print("main mid")
modx.f()
plainmod.f()
