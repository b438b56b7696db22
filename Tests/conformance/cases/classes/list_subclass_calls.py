class OC(list): pass
class OC2(OC):
    def __init__(self, *a):
        super().__init__(*a); self.tag = 'x'
class OC3(list):
    def __new__(cls, *a): 
        o = super().__new__(cls); o.made = True; return o
a = OC(); a.append(1); b = OC2(); c = OC3(); d = OC([1, 2])
print(a, type(a).__name__, b, b.tag, c, c.made, d, len(OC()), OC() == [], isinstance(OC(), list))
a.x = 5; print(a.x, vars(a))
print(len([1,2,3]), "a,b".split(","), max(3, 4), "x".join(["a", "b"]), sorted([3, 1, 2]), dict(a=1))
