class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
class H(P):
    def __hash__(self):
        return hash(self.x)
print(P.__hash__ is None)
try:
    {P(1)}
except TypeError as e:
    print("TypeError", e)
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, H(3) in s)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()].count(3), 3 in [AlwaysEq()])
