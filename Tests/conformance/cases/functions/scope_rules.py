x = "global x"
def show():
    print("inside:", x)
show()
def local_shadow():
    x = "local x"
    print("inside:", x)
local_shadow()
print("outside:", x)
def class_scope():
    y = "func y"
    class Inner:
        y = "class y"
        z = [y for _ in range(1)]
    return Inner.y, Inner.z
print(class_scope())
def loop_closure():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closure())
print(sorted(k for k in locals().keys() if not k.startswith("__")))
