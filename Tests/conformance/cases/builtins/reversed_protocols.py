print([*reversed([1, 2, 3])], [*reversed("abc")], [*reversed((1, "a"))], [*reversed([])])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("get", i)
        return i * 10
r = reversed(Seq())
print(type(r).__name__, "made")
print([*r], next(r, "end"))
class Own:
    def __reversed__(self):
        return iter("zyx")
print([*reversed(Own())])
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class ShortSeq:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
print([*reversed(ShortSeq())])
items = [1, 2, 3]
r = reversed(items)
print(next(r))
items[0] = "changed"
print([*r])
for call in ["reversed()", "reversed(5)", "reversed({1, 2})", "reversed(NotRev())", "reversed([], [])",
             "reversed(seq=[])"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
