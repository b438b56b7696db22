import traceback, sys

def f(x):
    raise ZeroDivisionError(x)

def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e

def h():
    try:
        g()
    except ValueError:
        raise KeyError('k')

class MyErr(Exception):
    pass

try:
    h()
except KeyError:
    print(traceback.format_exc())
    t, v, tb = sys.exc_info()
    for line in traceback.format_tb(tb):
        print(repr(line))
    print(traceback.format_exception_only(t, v))
    print(traceback.format_exception_only(v))
    print(''.join(traceback.format_exception(v, limit=1)))
    print(''.join(traceback.format_exception(t, v, tb, chain=False)))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(v, file=sys.stdout, limit=-1)
    s = traceback.extract_tb(tb)
    for fs in s:
        print(fs.filename == __file__, fs.lineno, fs.name, fs.line, repr(fs))
    print(len(s[0]), s[0][1], list(s[-1])[1:])
    print(traceback.format_list(s)[-1], end='')
    te = traceback.TracebackException.from_exception(v)
    print(te.exc_type.__name__, str(te), te.__context__.exc_type.__name__, te.__context__.__cause__.exc_type.__name__)
    print(''.join(te.format_exception_only()), end='')

try:
    raise MyErr()
except MyErr:
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, ValueError()))
try:
    raise KeyError('x') from None
except Exception as e:
    print(traceback.format_exception(e))

def stack_here():
    return traceback.extract_stack()

def outer():
    st = stack_here()
    for fs in st:
        print(fs.lineno, fs.name, fs.line)
    print(''.join(traceback.format_stack(limit=1)), end='')
    traceback.print_stack(file=sys.stdout, limit=2)

outer()
def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
fs = traceback.FrameSummary('spam.py', 3, 'eggs', line='  x = 1  ')
print(fs.line, fs == ('spam.py', 3, 'eggs', 'x = 1'), traceback.format_list([fs, ('a.py', 1, 'f', 'pass')]))
print(traceback.StackSummary.from_list([('a.py', 1, 'f', None)]).format())
