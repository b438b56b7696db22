import sys
def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, caller.f_globals["__name__"], f.f_lineno
def outer():
    return inner()
print(outer())
try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError", e)
class A:
    def m(self):
        return type(self)(0) if False else 1
    def f(self, x):
        return x * 2
a = A()
M = type(a.f)
bound = M(A.f, a)
print(bound(21), bound.__self__ is a, M.__name__, bound.__func__ is A.f)
