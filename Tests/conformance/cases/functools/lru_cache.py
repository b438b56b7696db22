import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    print(v, sq(v))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(info._fields, info._asdict())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__wrapped__(10))
@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    return repr(x)
print(ident(1), ident(1.0), ident(True), ident.cache_info(), ident.cache_parameters())
@functools.lru_cache(maxsize=-5)
def nocache(x, y=0):
    return x + y
print(nocache(1), nocache(1), nocache(1, y=2), nocache.cache_info())
@functools.lru_cache()
def kw(a, b=1):
    return a * b
print(kw(2), kw(2, b=1), kw(a=2), kw(2, 1), kw.cache_info())
for bad in ['x', 1.5]:
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    kw([1])
except TypeError as e:
    print('TypeError', e)
class A:
    @functools.lru_cache(maxsize=8)
    def m(self, x):
        return x + 1
a = A()
print(a.m(1), a.m(1), A.m.cache_info())
