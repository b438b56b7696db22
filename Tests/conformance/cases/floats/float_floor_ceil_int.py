import math
for v in [2.5, -2.5, 0.999999, -0.000001, 1e15 + 0.5, 123.0]:
    print(v, int(v), math.floor(v), math.ceil(v), round(v), v // 1, v % 1)
print(7.0 // 0.1, 7.0 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
