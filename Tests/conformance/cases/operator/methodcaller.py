import operator as op
m = op.methodcaller('upper')
print(m('abc'), repr(m))
s = op.methodcaller('split', ',', maxsplit=1)
print(s('a,b,c'), repr(s))
print(repr(op.methodcaller('f', 1, 'x', key=[1, 2])))
r = op.methodcaller('replace', 'a', 'o')
print(list(map(r, ['banana', 'apple'])))
class C:
    def name(self, *args, **kw):
        return (args, sorted(kw.items()))
print(op.methodcaller('name', 1, 2, z=3, a=4)(C()))
print(op.call(pow, 2, 5), op.call(sorted, [3, 1, 2], reverse=True))
for f in [lambda: op.methodcaller(), lambda: op.methodcaller(5), lambda: op.methodcaller('nope')(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
