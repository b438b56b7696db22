print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 2]), min((7, -1, 4)), max("hello"), min("b", "abc"))
print(max([], default="empty"), min((), default=None), max([1], default=0), min(iter([]), default=[]))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(*words, key=len), min(words, key=None))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max(1, 2.5), min(True, 0), max(-0.0, 0), min(0, -0.0), max(2 ** 100, 3.0))
print(max((3, 8)), min(x * x for x in [-3, 2, -1]))
print(max([], default=1, key=len))
