class Self:
    def __repr__(self):
        return f"Self({self!r})"
try:
    repr(Self())
except RecursionError as e:
    print("RecursionError", e)
a = []
a.append(a)
b = {"x": a}
print(a, b)
t = [1, [2, [3, [4, [5]]]]]
print(t)
