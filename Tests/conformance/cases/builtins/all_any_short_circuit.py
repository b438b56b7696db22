def noisy(v):
    print("see", v)
    return v
print(all(noisy(v) for v in [1, 2, 0, 3]))
print(any(noisy(v) for v in [0, "", "x", 1]))
print(all([]), any([]), all(""), any("a"), all([[], 1]), any([[], 0.0, None]))
print(all(iter([1, 1])), any((0, 0)), all((1, 0)))
class Falsy:
    def __bool__(self):
        return False
print(all([Falsy()]), any([Falsy(), Falsy()]))
for call in ["all()", "any(1)", "all([], [])", "any(x=[])"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError", e)
