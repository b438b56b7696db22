# importlib: import_module, reload, invalidate_caches, util.find_spec / module_from_spec /
# spec_from_file_location, machinery.ModuleSpec.
import sys
here = __file__.rpartition('/')[0]
sys.path.insert(0, here + '/il_lib')
import importlib
import importlib.util
import importlib.machinery
m = importlib.import_module('il_counter')
print(m.runs, m is sys.modules['il_counter'])
r = importlib.reload(m)
print(r is m, m.runs)
print(importlib.import_module('il_pkg.part').PART)
print(importlib.import_module('.part', 'il_pkg').__name__)
print(importlib.import_module('..part', 'il_pkg.anything').__name__)
for args in [('no_such_thing_il',), ('.part',), ('..x', 'il_pkg'), ('',), ('il_pkg.part.x',)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [5, type(sys)('not_registered')]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())
spec = importlib.util.find_spec('il_pkg.part')
print(spec.name, spec.parent, spec.origin.replace(here, '<here>'), spec.has_location)
print(importlib.util.find_spec('il_pkg').submodule_search_locations == [here + '/il_lib/il_pkg'])
print(importlib.util.find_spec('no_such_thing_il'), importlib.util.find_spec('il_pkg.nothing'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('.part', 'il_pkg').name)
try:
    importlib.util.find_spec('il_counter.sub')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
spec = importlib.util.spec_from_file_location('custom_name', here + '/il_lib/il_loose.py')
print(spec.name, spec.origin.replace(here, '<here>'), spec.has_location, spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__.replace(here, '<here>'), 'LOOSE' in dir(mod), 'custom_name' in sys.modules)
spec.loader.exec_module(mod)
print(mod.LOOSE, mod.__spec__ is spec, mod.__loader__ is spec.loader)
ms = importlib.machinery.ModuleSpec('a.b', None)
print(ms, ms.parent, ms.origin, ms.submodule_search_locations, ms.has_location, ms.cached)
ms2 = importlib.machinery.ModuleSpec('pkg', None, origin='somewhere', is_package=True)
print(ms2, ms2.parent)
bare = importlib.util.module_from_spec(ms)
print(bare, bare.__name__, bare.__package__, bare.__spec__ is ms)
