def f(v):
    match v:
        case [1, (2 | 3) as second, *_] as whole:
            return f"second={second} whole={whole}"
        case (int() | float()) as num if num > 100:
            return f"big {num}"
        case int(x) if x % 2 == 0:
            return f"even {x}"
        case int(x):
            return f"odd {x}"
        case [_, _] | (_, _, _):
            return "len 2 or 3"
        case _:
            return "fallback"
for v in [[1, 2, 9], [1, 3], 500, 250.5, 4, 7, ["a", "b"], ("a", "b", "c"), "x"]:
    print(repr(v), f(v))
