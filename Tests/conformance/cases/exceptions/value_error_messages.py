cases = [
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(3),
    lambda: list.remove([1], 5),
    lambda: max([]),
    lambda: min([]),
    lambda: int("12", 1),
    lambda: chr(-5),
    lambda: range(0, 1, 0),
    lambda: "a,b".split(""),
    lambda: bytes([300]),
    lambda: int("1" * 5000),
    lambda: "{:q}".format(1),
    lambda: "{".format(1),
    lambda: dict([(1, 2, 3)]),
    lambda: __import__("math").log(0),
    lambda: __import__("math").sqrt(-1),
    lambda: (1).to_bytes(1, "middle"),
]
for i, c in enumerate(cases):
    try:
        c()
    except ValueError as e:
        print(i, type(e).__name__, e)
