def f(x):
    match x:
        case [a, b] if a > b:
            return "desc"
        case [a, b]:
            return f"asc-or-eq {a} {b}"
        case name:
            return f"captured {name!r}"
print(f([2, 1]), f([1, 2]), f("zz"), f(None))
point = (3, 4)
match point:
    case (0, y):
        print("x=0", y)
    case (x, y):
        print("general", x, y)
print(x, y)
