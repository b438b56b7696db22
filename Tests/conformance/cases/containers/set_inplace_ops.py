s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 9}
s -= {9}
s ^= {1, 44}
print(s, alias is s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
t = {1, 2, 3}
try:
    t |= [4]
except TypeError as e:
    print("TypeError", e)
t -= t
print(t)
