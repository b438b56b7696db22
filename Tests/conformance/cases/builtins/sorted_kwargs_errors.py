data = [5, 2, 8, 1]
print(sorted(data), data, sorted(data, reverse=True), sorted(data, key=lambda v: -v))
print(sorted("hello"), sorted((3, 1, 2)), sorted(("b", "a")), sorted(iter([2, 1])))
print(sorted([], key=5), sorted([1, 2], reverse=0), sorted([1, 2], reverse=5), sorted(data, key=None))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
for call in ["sorted()", "sorted([1], None)", "sorted(5)", "sorted([], x=1)", "sorted([1, 'a'])",
             "sorted([1, 2], key=5)", "sorted(iterable=[])", "sorted([], reverse=1.5)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "TypeError:", e)
