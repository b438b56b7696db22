class A:
    def m(self, x):
        return ("m", x)
a = A()
bound = a.m
print(bound(1), A.m(a, 2), bound.__self__ is a, bound.__func__ is A.m)
print(bound.__name__, type(bound).__name__, type(A.m).__name__)
f = A.m
print(f(a, 3))
a.m = lambda x: ("instance attr", x)
print(a.m(4), A.m(a, 5))
