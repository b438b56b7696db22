class C:
    a = 1
    def m(self):
        pass
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
c = C()
c.b = 2
print(c.__dict__, vars(c))
C.a = 100
print(c.a)
c.a = 5
print(c.a, C.a)
del c.a
print(c.a)
setattr(C, "dyn", lambda self: "dynamic method")
print(c.dyn())
print(C.__name__, C.__class__.__name__, c.__class__ is C)
