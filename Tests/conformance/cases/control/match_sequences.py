def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x},{y}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case (first, *_, last):
            return f"first={first} last={last}"
for v in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7, 8], "ab", range(3)]:
    print(repr(v), "->", shape(v))
match "string":
    case [*chars]:
        print("str is a sequence?", chars)
    case str() as s:
        print("str is not matched as a sequence:", s)
