g = {"factor": 3}
l = {}
exec("result = factor * 7\nnames = sorted(k for k in ['a', 'b'])", g, l)
print(l["result"], l["names"], "result" in g)
def run():
    exec("inner = 42")
    return "inner" in locals()
print(run())
print(eval("factor ** 2", g), eval("len(s)", {"s": "four"}))
print(eval("__builtins__ is not None"))
