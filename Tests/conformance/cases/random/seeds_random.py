import random

seeds = [0, 1, 2, 42, -42, 12345, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1,
         2**100 + 7, -(2**200), 12345678901234567890, True, False]
for s in seeds:
    random.seed(s)
    print(s, [random.random() for _ in range(4)])
for s in range(20):
    r = random.Random(s * 7919)
    print(s, r.random(), r.random())
# more than 624 outputs forces several twists
r = random.Random(2024)
vals = [r.random() for _ in range(2000)]
print(vals[0], vals[623], vals[624], vals[1247], vals[1999])
print(sum(vals))
