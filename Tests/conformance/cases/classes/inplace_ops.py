class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(("iadd", o))
        return self
    def __isub__(self, o):
        self.items.append(("isub", o))
        return self
    def __imul__(self, o):
        self.items.append(("imul", o))
        return self
    def __ior__(self, o):
        self.items.append(("ior", o))
        return self
    def __add__(self, o):
        return "plain add"
a = Acc()
ref = a
a += 1
a -= 2
a *= 3
a |= 4
print(a is ref, a.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError", e)
