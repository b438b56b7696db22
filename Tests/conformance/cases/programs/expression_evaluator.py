def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("eof", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = ("bin", self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = ("bin", self.take()[1], node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("bin", "^", base, self.factor())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        match self.take():
            case ("num", v):
                return ("num", v)
            case ("name", n):
                return ("var", n)
            case ("op", "("):
                node = self.expr()
                if self.take() != ("op", ")"):
                    raise SyntaxError("expected )")
                return node
            case tok:
                raise SyntaxError(f"unexpected token {tok}")
def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            if name not in env:
                raise NameError(f"unknown variable {name}")
            return env[name]
        case ("neg", inner):
            return -evaluate(inner, env)
        case ("bin", "+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case ("bin", "-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case ("bin", "*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case ("bin", "/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case ("bin", "^", l, r):
            return evaluate(l, env) ** evaluate(r, env)
env = {"x": 3, "y": 4}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y", "10 / 4", "2.5 * 4", "1 / (x - 3)", "z + 1", "3 $ 4", "(1 + 2", "2 ^ 100"]:
    try:
        print(f"{src!r:18} = {evaluate(Parser(tokenize(src)).expr(), env)}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:18} ! {type(e).__name__}: {e}")
