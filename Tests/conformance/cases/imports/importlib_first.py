# importlib.machinery / util used before any other import; sys and builtins have built-in specs.
import importlib.machinery
import importlib.util
import sys
print(importlib.machinery.ModuleSpec)
print(importlib.util.find_spec('sys'))
print(sys.__spec__, sys.__loader__, sys.__package__)
print(importlib.util.find_spec('builtins').origin, importlib.util.find_spec('time').origin)
print(sys, __builtins__)
