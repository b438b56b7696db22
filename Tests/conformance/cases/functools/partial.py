from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=40)
print(p(2), p(2, 30), p(2, d=5), p.args, p.keywords, p.func is f)
q = partial(p, 2)
print(q(), q.args, q.keywords, q.func is f)
print(repr(partial(max, 1, key=abs)), repr(partial(max)))
class MyPartial(partial):
    pass
m = MyPartial(max, 5)
print(repr(m), m(7), isinstance(m, partial))
print(repr(partial(m, 6)))
p.note = 'hi'
print(p.note, p.__dict__)
print(repr(partial(p, 9)).startswith('functools.partial(functools.partial('))
print(list(map(partial(pow, 2), range(5))))
print(partial(int, base=2)('1011'))
for fn in [lambda: partial(), lambda: partial(1), lambda: setattr(p, 'func', max), lambda: delattr(p, 'args')]:
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class C:
    g = partial(f, 'x')
print(C().g(5))
