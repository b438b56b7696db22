def f(a, b, c):
    pass
def g(a, b, *, c, d):
    pass
class K:
    def m(self, x):
        pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: g(1, 2), lambda: g(1, 2, c=3), lambda: K().m(), lambda: K().m(1, 2), lambda: K.m()]:
    try:
        call()
    except TypeError as e:
        print(e)
