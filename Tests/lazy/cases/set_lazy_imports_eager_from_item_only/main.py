import importlib
importlib.set_lazy_imports(True, eager={"fp.m.Name"})
from fp.m import Other
print("after Other")
from fp.m import Name
print("after Name")
print(Other, Name)
