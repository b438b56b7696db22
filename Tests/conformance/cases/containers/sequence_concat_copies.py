# Concatenating lists and tuples: results are new objects independent of the operands.
a, b, e = [1, 2], [3], []
for x, y in ((a, b), (b, a), (a, e), (e, a), (e, e)):
    z = x + y
    z.append(0)
    print(z, x, y, z is x, z is y)
t, u, v = (1, 2), (3,), ()
for x, y in ((t, u), (u, t), (t, v), (v, t), (v, v)):
    print(x + y, (x + y) == tuple(list(x) + list(y)), x.__add__(y), [*x].__add__([*y]))
class T(tuple): pass
print(type(T((1,)) + ()).__name__, type(() + T((1,))).__name__, T((1,)).__add__(()))
l = [1]
l += l
l = l + l
print(l)
