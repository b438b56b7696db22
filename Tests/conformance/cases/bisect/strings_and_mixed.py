import bisect

names = sorted(["delta", "alpha", "echo", "bravo", "charlie", "foxtrot"])
for n in ["a", "alpha", "b", "charlie", "d", "zulu"]:
    print(n, bisect.bisect_left(names, n), bisect.bisect_right(names, n))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])
try:
    bisect.bisect([1, 2, "x"], 3)
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
try:
    bisect.insort(lst, "a")
except TypeError as e:
    print("TypeError:", e, lst)
try:
    bisect.bisect_left(None, 1)
except TypeError as e:
    print("TypeError:", e)
