# __import__: return values with and without fromlist, argument errors, and overriding it.
import sys
import builtins
here = __file__.rpartition('/')[0]
m = __import__('di_pkg.sub.leaf')
print(m.__name__)
m = __import__('di_pkg.sub.leaf', fromlist=['LEAF'])
print(m.__name__)
m = __import__('di_pkg.sub', globals(), locals(), ['other'], 0)
print(m.__name__, m.other.__name__)
m = __import__('di_pkg', fromlist=['*'])
print(m.__name__)
print(__import__('sys', fromlist=['path']) is sys)
print(__import__(name='di_pkg.mod', fromlist=('THING',)).THING)
for args, kw in [((5,), {}), (('',), {}), (('x',), {'level': -1}), (('di_pkg',), {'fromlist': [1]}),
                 ((), {}), (('sys', None, None, None, 0, 9), {})]:
    try:
        __import__(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
calls = []
original = builtins.__import__
def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing
import di_pkg.mod
from di_pkg import mod
from di_pkg.sub import *
builtins.__import__ = original
print(calls)
def refuse(name, *args):
    raise ImportError('refused ' + name)
builtins.__import__ = refuse
try:
    import json
except ImportError as e:
    print(e)
builtins.__import__ = original
import json
print(json.__name__)
