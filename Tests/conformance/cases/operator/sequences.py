import operator as op
a = [1, 2, 3, 2, 2]
print(op.getitem(a, 1), op.getitem(a, slice(1, 3)), op.getitem({'k': 9}, 'k'))
op.setitem(a, 0, 10)
print(a)
op.delitem(a, 0)
print(a)
op.setitem(a, slice(0, 2), ['x'])
print(a)
print(op.countOf([1, 2, 2, 3, 2], 2), op.countOf('banana', 'a'))
print(op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'b'))
print(op.concat([1], [2]), op.concat('ab', 'c'), op.concat((1,), (2, 3)))
for f in [lambda: op.concat(1, 2), lambda: op.concat({}, {}), lambda: op.concat([1], (2,)),
          lambda: op.indexOf([1], 2), lambda: op.getitem([1], 5), lambda: op.countOf(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
