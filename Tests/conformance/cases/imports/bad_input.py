# Odd names and files: every one must raise CPython's exception, never crash.
import sys
here = __file__.rpartition('/')[0]
sys.path.insert(0, here + '/bad_lib')
sys.path.insert(0, '/nonexistent/folder')
sys.path.insert(0, here + '/bad_input.py')
for n in ['a..b', '.x', 'x.', '..', 'sys.', '.', 'a/b', 'bad_nullbytes', '\x00', 'é', "it's", 'bad_pkg..x',
          'bad_pkg.', 'builtins', '__main__']:
    try:
        m = __import__(n)
        print(repr(n), 'ok', type(m).__name__)
    except BaseException as e:
        print(repr(n), type(e).__name__, e)
import importlib
for n in ['', '.', 'x.', 'é', '.bad_pkg']:
    try:
        print(importlib.import_module(n, 'bad_pkg'))
    except BaseException as e:
        print(repr(n), type(e).__name__, e)
import bad_reloaded
with open(bad_reloaded.__file__) as f:
    original = f.read()
print(bad_reloaded.STATE)
try:
    sys.modules['bad_reloaded'] = None
    importlib.reload(bad_reloaded)
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['bad_reloaded'] = bad_reloaded
print(importlib.reload(bad_reloaded).STATE)
