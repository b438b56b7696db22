print("bad_function body ran")
def f():
    lazy import x
