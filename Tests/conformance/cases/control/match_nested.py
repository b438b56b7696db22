def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("let", {"name": str(name), "value": value}, body):
            return evaluate(substitute(body, name, evaluate(value)))
        case other:
            raise ValueError(f"bad expr {other!r}")
def substitute(e, name, val):
    match e:
        case ("var", n) if n == name:
            return ("num", val)
        case (op, *args):
            return (op, *[substitute(a, name, val) if isinstance(a, tuple) else a for a in args])
        case _:
            return e
print(evaluate(("add", ("num", 2), ("mul", ("num", 3), ("num", 4)))))
print(evaluate(("neg", ("add", ("num", 1), ("num", 1)))))
print(evaluate(("let", {"name": "x", "value": ("num", 5)}, ("mul", ("var", "x"), ("var", "x")))))
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print("ValueError", e)
