import operator as op
g = op.itemgetter(1)
print(g([10, 20, 30]), g('abc'), g({1: 'one'}))
g2 = op.itemgetter(1, 0)
print(g2([10, 20]), repr(g2), repr(g))
print(repr(op.itemgetter('a', slice(1, 2))))
print(op.itemgetter(slice(1, None))([1, 2, 3]))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=op.itemgetter(1)), sorted(data, key=op.itemgetter(0)))
print(list(map(op.itemgetter(0, 0), data)))
print(type(g).__name__, type(g).__module__)
for f in [lambda: op.itemgetter(), lambda: g([]), lambda: op.itemgetter('k')({})]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
