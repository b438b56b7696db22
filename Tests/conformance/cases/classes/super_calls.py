class A:
    def __init__(self): self.log = ['A']
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def __init__(self):
        super(B, self).__init__(); self.log.append('B')
    def f(self): return 'B>' + super().f()
    @classmethod
    def c(cls): return 'B>' + super().c()
class C(B):
    def __init__(self):
        super().__init__(); self.log.append('C')
    def f(self): return 'C>' + super(C, self).f()
c = C(); print(c.log, c.f(), C.c(), B.c())
s = super(B, c); print(type(s).__name__, s.f(), super(B).__self__ if False else 'unbound ok')
try: super(1, c)
except TypeError as e: print(e)
try: super(B, 1)
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
def g(): return super()
try: g()
except RuntimeError as e: print(e)
print(repr(super(A, c))[:20])
