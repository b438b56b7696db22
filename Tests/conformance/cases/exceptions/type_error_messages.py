cases = [
    lambda: len(5),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: sorted(5),
    lambda: int([1]),
    lambda: float({}),
    lambda: "x" * 2.0,
    lambda: [1, 2] * [3],
    lambda: {1: 2} + {3: 4},
    lambda: None + 1,
    lambda: 1 + None,
    lambda: 5 @ 5,
    lambda: 2 ** "x",
    lambda: "%d" % "s",
    lambda: max(),
    lambda: min(1),
    lambda: ord(5),
    lambda: chr("a"),
    lambda: isinstance(1, 5),
    lambda: "abc".join([1]),
    lambda: hash([]),
    lambda: {}.get(),
    lambda: [].append(1, 2),
    lambda: divmod("a", 1),
    lambda: round("x"),
    lambda: tuple(5),
]
for i, c in enumerate(cases):
    try:
        c()
    except TypeError as e:
        print(i, e)
