t = (1, 2, 3, 2)
print(t[1:], t[::-1], t[-1], t * 2, t + (4,), (1,), (), t.count(2), t.index(2), t.index(2, 2))
print((1, 2) < (1, 3), (1,) == (1,), (1, 2) > (1,), (2,) >= (1, 5), tuple([1, 2]), tuple('ab'), tuple())
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    (1,).index(5)
except ValueError as e:
    print("ValueError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
try:
    hash((1, []))
except TypeError as e:
    print("TypeError", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    pass
u = T([1, 2])
print(u, type(u).__name__, type(u + u).__name__, u == (1, 2), len(u))
print((1, 2, 3)[True], 2 in t, 7 in t)
