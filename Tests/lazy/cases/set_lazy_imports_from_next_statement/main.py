import importlib
import a
prev = importlib.set_lazy_imports(True)
print(prev)
import b
import c
print("after lazy imports")
print(b.V)
prev = importlib.set_lazy_imports(False)
print(prev)
import d
print("end")
