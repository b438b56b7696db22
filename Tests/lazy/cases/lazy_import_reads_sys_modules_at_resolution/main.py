import sys
import types
import virtual_mod
m = types.ModuleType("virtual_mod")
m.V = "from sys.modules"
sys.modules["virtual_mod"] = m
print(virtual_mod.V)
