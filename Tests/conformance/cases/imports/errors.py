# Bad imports: missing modules, bodies that raise, None in sys.modules, self-replacing modules.
import sys
here = __file__.rpartition('/')[0]
sys.path.insert(0, here + '/err_lib')
for name in ['no_such_module_xyz', 'no_such_pkg.sub', 'sys.path', 'err_pkg.nope.deeper']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.path)
for attempt in range(2):
    try:
        import err_raises
    except ValueError as e:
        print("ValueError:", e, 'err_raises' in sys.modules)
try:
    import err_pkg.broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, 'err_pkg.broken' in sys.modules, hasattr(sys.modules['err_pkg'], 'broken'))
try:
    import err_syntax
except SyntaxError as e:
    print("SyntaxError", 'err_syntax' in sys.modules)
import err_replace
print(err_replace, err_replace.value, sys.modules['err_replace'] is err_replace)
from err_replace import value
print(value)
try:
    import err_delete_self
except KeyError as e:
    print("KeyError", e)
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from blocked_mod import x
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['err_pkg.blocked'] = None
try:
    from err_pkg import blocked
except ImportError as e:
    print(type(e).__name__, e)
try:
    import err_pkg.blocked
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from err_pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<here>'))
ok = ModuleNotFoundError("x", name="n", path="p")
print(ok.name, ok.path, ok.msg, issubclass(ModuleNotFoundError, ImportError))
import no_such_module_at_the_end
