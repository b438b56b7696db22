# Relative imports: from . / .. / .m, and CPython's errors for bad ones.
import rel_pkg.inner
from rel_pkg import inner
print(inner.helper.HELP, inner.HELP, inner.sibling.SIB, inner.SIB, inner.TOP)
print(inner.__package__, inner.helper.__package__)
try:
    import rel_pkg.inner.beyond
except ImportError as e:
    print(type(e).__name__, e, e.name)
print('rel_pkg.inner.beyond' in __import__('sys').modules)
try:
    import rel_pkg.inner.missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(__file__.rpartition('/')[0], '<dir>'), e.name)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .mod import x
except ImportError as e:
    print(type(e).__name__, e)
print(__import__('helper', {'__package__': 'rel_pkg.inner'}, None, ['HELP'], 1).HELP)
print(__import__('', {'__name__': 'rel_pkg.inner', '__path__': []}, None, ['helper'], 1).__name__)
print(__import__('inner.helper', {'__package__': 'rel_pkg'}, None, [], 1).__name__)
for g, lvl in [({'__package__': 'rel_pkg'}, 2), ({'__package__': 5}, 1), ({}, 1), ({'__name__': 'x'}, 1), ({'__package__': ''}, 1)]:
    try:
        __import__('q', g, None, [], lvl)
    except Exception as e:
        print(type(e).__name__, e)
