x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 3 > 2 > 1 == 1)
print(1 == 1.0 == True, x is not None, "a" < "b" < "c")
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(f(3) > f(4) > f(1))
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [] < [0], (2,) > (1, 9, 9))
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print(1 != 2 != 1, 1 == 2 != 3)
