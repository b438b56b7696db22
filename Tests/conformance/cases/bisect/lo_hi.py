import bisect

data = [0, 1, 1, 3, 5, 5, 5, 8, 13, 21]
for lo in range(0, 11, 2):
    for hi in [None, -1, -2, 0, 3, 7, 10, 15]:
        print(lo, hi, bisect.bisect_left(data, 5, lo, hi), bisect.bisect_right(data, 5, lo, hi),
              bisect.bisect_left(data, 5, lo=lo, hi=hi), bisect.bisect_right(data, 4, hi=hi, lo=lo))
for bad in [-1, -5]:
    for f in [bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right]:
        try:
            f(data, 3, bad)
        except ValueError as e:
            print(f.__name__, "ValueError:", e)
try:
    bisect.bisect(data, 3, None)
except TypeError as e:
    print("TypeError:", e)
try:
    bisect.bisect(data, 3, 0, 2.5)
except TypeError as e:
    print("TypeError:", e)
print(data)
