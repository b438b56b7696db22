# Slices of exact lists and tuples taken straight from the slice parts (no slice object): results,
# subclasses, assignments and errors reported at the subscript.
xs = [1, 2, 3]
t = (1, 2, 3)
print(xs[::-1], xs[1:], t[:], t[:] is t, t[1:2], xs[10:], xs[-2::-2])
xs[1:2] = "ab"
print(xs)
xs[::2] = [9, 9]
print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print(e)
class L(list):
    def __getitem__(self, k):
        return ("sub", k.start, k.stop, k.step)
print(L([1])[1:2:3])
print("abc"[::-1], b"abc"[1:], range(10)[2:8:2])
def f(s):
    return s[1:"x"]
f(xs)
