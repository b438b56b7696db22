code = compile("x * 2", "<expr>", "eval")
print(eval(code, {"x": 21}), type(code).__name__, code.co_filename)
stmts = compile("y = 3\nz = y + 1\n", "<stmts>", "exec")
ns = {}
exec(stmts, ns)
print(ns["y"], ns["z"])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
try:
    compile("def", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x", "<bad>", "nope")
except ValueError as e:
    print("ValueError", e)
