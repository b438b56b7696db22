import importlib
importlib.set_lazy_imports(True)
import mid
print("main body done")
mid.use()
