try:
    import t_body
except ImportError:
    pass
try:
    import no_such_module_xyz
except ImportError:
    import t_handler
try:
    pass
except ImportError:
    pass
else:
    import t_else
finally:
    import t_finally
try:
    if True:
        import t_if_in_try
finally:
    pass
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with CM():
    import w_body
def f():
    import f_body
    return f_body.N
class C:
    import c_body
from star import *
import plain
print("main mid")
print(f())
print(STAR_NAME)
