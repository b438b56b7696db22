"""A pure Python implementation of import (the parts Smolder needs), over the native `_imp`."""
import _imp
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __builtins__['__import__'] if isinstance(__builtins__, dict) else __builtins__.__import__


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _imp.find_and_load(name)


def import_module(name, package=None):
    """Import a module; `package` anchors a relative name such as '..mod'."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """Forget the finder's cached directory listings."""
    _imp.invalidate_caches()


def reload(module):
    """Re-execute a module's code in the same module object and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent_name = name.rpartition('.')[0]
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f"parent {parent_name!r} not in sys.modules",
                              name=parent_name) from None
        pkgpath = parent.__path__
    else:
        pkgpath = None
    spec = module.__spec__ = _imp.find_spec(name, pkgpath)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    return _imp.exec_spec(spec, module)


# The lazy-imports run-time API (lazy-imports spec, "Switching it on"): implemented natively.
from _lazy_imports import set_lazy_imports, is_lazy_imports_enabled, is_lazy_import


class eager_imports:
    """A context manager whose body imports eagerly, whatever the lazy mode."""

    def __enter__(self):
        import _lazy_imports
        _lazy_imports._enter_eager()
        return self

    def __exit__(self, *exc_info):
        import _lazy_imports
        _lazy_imports._exit_eager()
        return False
