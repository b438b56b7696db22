def f(v):
    match v:
        case [*head, "end"]:
            return ("head", head)
        case ["start", *tail]:
            return ("tail", tail)
        case {"a": 1, **others} if others:
            return ("others", sorted(others.items()))
        case {"a": 1}:
            return "exact a"
    return "none"
for v in [["x", "y", "end"], ["start", 1, 2], ["end"], {"a": 1, "b": 2}, {"a": 1}, {"a": 2}, ["start"]]:
    print(f(v))
