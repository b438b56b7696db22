# Module objects: attributes, reprs, specs, loading once, sys.modules as the source of truth.
import sys
folder = __file__.rpartition('/')[0]
sys.path.insert(0, folder + '/basic_lib')
print(sys.path[1] == folder, __name__, __spec__, __package__, __file__.endswith('basic_modules.py'))
import basic_mod
import basic_mod as again
print(again is basic_mod is sys.modules['basic_mod'])
print(basic_mod)
print(basic_mod.__name__, basic_mod.__file__, basic_mod.__package__ == '', basic_mod.__doc__)
print(sorted(k for k in vars(basic_mod) if k.startswith('__')))
spec = basic_mod.__spec__
print(spec.name, spec.origin, spec.parent == '', spec.has_location, spec.cached is None or spec.cached.endswith('.pyc'))
print(spec.submodule_search_locations, spec.loader is basic_mod.__loader__, type(spec).__name__)
print(type(spec.loader).__name__, spec.loader.name, spec.loader.path == spec.origin)
print(basic_mod.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else basic_mod.__builtins__ is __builtins__)
print(sys, type(sys).__name__)
print(type(sys)('made'), type(sys)('made', 'doc').__doc__)
print(basic_mod.where(), basic_mod.VALUE)
# Re-importing uses sys.modules: the body does not run again.
del basic_mod
import basic_mod
print(basic_mod.VALUE)
# Removing it from sys.modules makes the next import load it afresh.
old = sys.modules.pop('basic_mod')
import basic_mod
print(basic_mod is old, basic_mod.VALUE)
import math
print(math.__spec__.name, math.__name__, math.floor(2.5))
print(repr(__spec__))
