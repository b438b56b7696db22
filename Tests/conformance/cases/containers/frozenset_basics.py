f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, frozenset(), sorted(f))
print(f | {4}, f & frozenset({1, 5}), type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})} == {frozenset([1])})
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError", e)
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3})
print(repr(frozenset({7})), set(f))
