# from m import *: __all__, public names, bad __all__ entries; PEP 562 module __getattr__/__dir__.
import sys
sys.path.insert(0, __file__.rpartition('/')[0] + '/star_lib')
from star_all import *
print(exported, lazy_value, _hidden_but_listed, 'not_exported' in dir())
from star_public import *
print(public_a, public_b, '_private' in dir(), '_sys' in dir())
import star_all
print(star_all.lazy_value, getattr(star_all, 'lazy_value'), hasattr(star_all, 'nope'))
print(dir(star_all))
from star_all import lazy_value as lv
print(lv)
try:
    from star_all import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    star_all.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from star_bad import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from star_missing import *
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    import star_public
    return star_public.public_a
print(f())
from star_pkg import *
print(subm.__name__, VALUE, 'unlisted' in dir())
import star_pkg
print(sorted(k for k in vars(star_pkg) if not k.startswith('__')))
