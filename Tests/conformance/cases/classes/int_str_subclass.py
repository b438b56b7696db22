class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), m + 1, type(m + 1).__name__, m.double(), isinstance(m, int))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, len(u), u + "!", type(u).__name__, u.lower(), type(u.lower()).__name__)
class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml[:2]).__name__, len(ml))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
md = MyDict(a=1)
print(md["a"], md.get("a"), md)
