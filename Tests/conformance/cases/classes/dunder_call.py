class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))
class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 0
        inst = super().__new__(cls)
        return inst
    def __init__(self, kind):
        print("init called with", kind)
        self.kind = kind
print(Factory("int"))
print(Factory("obj").kind)
