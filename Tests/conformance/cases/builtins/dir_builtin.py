class A:
    z = 1
    def m(self):
        pass
a = A()
a.inst = 2
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(A) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "__add__" in dir(1))
def scope():
    p = 1
    q = 2
    return dir()
print(scope())
