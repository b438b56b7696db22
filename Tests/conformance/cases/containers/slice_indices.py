s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(1, 2), slice('a', None, [1]))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(10), slice(2, -2, -1).indices(6))
print(slice(10 ** 30, None).indices(5), slice(None, None, 3).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) != slice(1, 2, 1))
print([1, 2, 3, 4][slice(1, 3)], (1, 2, 3)[slice(None, None, -1)], 'abcdef'[slice(1, None, 2)] if False else 'ace')
tests = ["slice()", "slice(1, 2, 3, 4)", "slice(1).indices(-1)", "hash(slice(1))", "slice(None, None, 0).indices(3)", "slice(1.5).indices(3)"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
