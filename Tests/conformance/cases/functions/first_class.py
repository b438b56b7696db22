def apply(f, *args):
    return f(*args)
ops = {"add": lambda a, b: a + b, "max": max, "pow": pow}
for name in ["add", "max", "pow"]:
    print(name, apply(ops[name], 2, 5))
funcs = [str.upper, str.lower, len]
print([f("MiXed") for f in funcs])
def make_multiplier(k):
    def m(x):
        return x * k
    m.k = k
    return m
tripler = make_multiplier(3)
print(tripler(7), tripler.k, callable(tripler), callable(3))
