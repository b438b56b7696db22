print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'abc'.upper()"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1))
exec("print('printed from exec')")
code = "total = 0\nfor i in range(5):\n    total += i\n"
g = {}
exec(code, g)
print(g["total"], exec("1 + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_in_eval")
except NameError as e:
    print("NameError", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
