# Circular imports: partially initialised modules, CPython's messages, cleanup after failure.
import sys
here = __file__.rpartition('/')[0]
sys.path.insert(0, here + '/circ_lib')
import circ_ok_a
print(circ_ok_a.use_b(), circ_ok_a.A)
try:
    import circ_bad_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<here>'))
    print(e.name, e.path.replace(here, '<here>'))
print('circ_bad_a' in sys.modules, 'circ_bad_b' in sys.modules)
import circ_late
try:
    from circ_late import Y
except ImportError as e:
    print(str(e).replace(here, '<here>'), e.name)
try:
    circ_late.Y
except AttributeError as e:
    print(e)
import circ_pkg
print(circ_pkg.first.second.__name__)
from circ_bad_a import A
