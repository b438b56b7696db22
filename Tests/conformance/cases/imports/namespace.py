# Namespace packages: folders without __init__.py, spread over several sys.path entries.
import sys
here = __file__.rpartition('/')[0]
sys.path.append(here + '/ns_root1')
sys.path.append(here + '/ns_root2')
import ns_spread
print([p.replace(here, '<here>') for p in ns_spread.__path__])
print(ns_spread.__file__, ns_spread.__spec__.origin, ns_spread.__spec__.name, ns_spread.__package__)
print(ns_spread.__spec__.loader is not None, ns_spread.__spec__.has_location, ns_spread.__spec__.parent)
print(list(ns_spread.__spec__.submodule_search_locations) == list(ns_spread.__path__))
import ns_spread.b
print(ns_spread.b.B, ns_spread.a.A)
import ns_spread.inner.deep
print(ns_spread.inner.deep.__name__, ns_spread.inner.__file__)
from ns_spread import a
print(a is sys.modules['ns_spread.a'])
try:
    import ns_spread.missing
except ModuleNotFoundError as e:
    print(e)
print(type(ns_spread.__path__).__name__, len(ns_spread.__path__))
sys.path.append(here + '/ns_root3')
import ns_spread.c
print(len(ns_spread.__path__), [p.replace(here, '<here>') for p in ns_spread.__path__][-1])
print(repr(ns_spread.__path__).replace(here, '<here>'))
