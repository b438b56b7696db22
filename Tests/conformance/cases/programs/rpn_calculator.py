class RPNError(Exception):
    pass
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "//": lambda a, b: a // b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise RPNError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise RPNError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "2 dup *", "1 2 swap -", "1.5 2 *", "1 +", "1 2", "1 0 /", "2 x +", "2 200 ^"]:
    try:
        print(f"{e:22} -> {rpn(e)}")
    except (RPNError, ZeroDivisionError, ValueError) as err:
        print(f"{e:22} !! {type(err).__name__}: {err}")
