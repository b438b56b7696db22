def check(x):
    match x:
        case 1:
            print("one")
        case "1":
            print("string one")
    print("after match", x)
check(1)
check("1")
check(2)
match [1, 2]:
    case (a, b):
        print("tuple pattern matches list:", a, b)
match (1, 2):
    case [a, b]:
        print("list pattern matches tuple:", a, b)
match {"k": 1, "extra": 2}:
    case {"k": v}:
        print("mapping pattern ignores extras:", v)
