d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {}[{}]
except TypeError as e:
    print("TypeError", e)
print({(1, 2): 3}[(1, 2)], {1.0: "f"}[1], {True: "t"}[1])
