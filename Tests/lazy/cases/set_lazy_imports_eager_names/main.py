import importlib
importlib.set_lazy_imports(True, eager={"emod", "fp.m.Name", "fp.q"})
import emod
import lmod
from fp.n import Other
from fp.m import Name
import fp.q
print("main mid")
print(lmod.V, Other, Name)
