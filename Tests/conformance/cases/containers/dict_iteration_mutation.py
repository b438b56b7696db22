d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2, 3: 3}
try:
    for v in d.values():
        d.pop(3)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
for k in d:
    d[k] = 99
print(d)
it = iter({1: 2, 3: 4}.items())
print(next(it), next(it))
