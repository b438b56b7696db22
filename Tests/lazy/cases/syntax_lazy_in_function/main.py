print("start")
def f():
    lazy import x
