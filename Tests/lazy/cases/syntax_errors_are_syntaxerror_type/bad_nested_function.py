print("bad_nested_function body ran")
if True:
    def f():
        lazy import x
