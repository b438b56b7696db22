# Packages and subpackages: __path__, submodule binding, `import a.b as x`, from-import of submodules.
import sys
import pk_pkg
print(pk_pkg)
print(pk_pkg.__path__ == [__file__.rpartition('/')[0] + '/pk_pkg'], pk_pkg.__package__)
print(pk_pkg.__spec__.submodule_search_locations == pk_pkg.__path__, pk_pkg.__spec__.parent)
print(hasattr(pk_pkg, 'mod'))
import pk_pkg.sub.leaf
print(pk_pkg.sub.leaf.LEAF, pk_pkg.sub.leaf.__spec__.parent, pk_pkg.sub.__spec__.parent)
print(pk_pkg.sub.leaf is sys.modules['pk_pkg.sub.leaf'], 'leaf' in dir(pk_pkg.sub))
import pk_pkg.mod as m
print(m.THING, m is pk_pkg.mod)
from pk_pkg.sub import other
print(other.__name__, pk_pkg.sub.other is other)
from pk_pkg import sub as s2, PKG_VALUE
print(s2 is pk_pkg.sub, PKG_VALUE)
# `import a.b as x` falls back to sys.modules when the parent attribute is missing.
del pk_pkg.sub.leaf
import pk_pkg.sub.leaf as again
print(again.LEAF, hasattr(pk_pkg.sub, 'leaf'))
print([k for k in sys.modules if k.startswith('pk_pkg')])
try:
    import pk_pkg.mod.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import pk_pkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pk_pkg import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
