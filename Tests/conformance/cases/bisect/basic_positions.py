import bisect

data = [1, 2, 2, 2, 4, 4, 7, 9, 9, 12]
for x in range(0, 14):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x))
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))
print(bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left("abcde", "c"), bisect.bisect_right(range(0, 100, 3), 50))
print(bisect.bisect.__name__, bisect.insort.__name__, hasattr(bisect, "__all__"))
floats = [0.5, 1.0, 1.0, 2.5]
print(bisect.bisect_left(floats, 1), bisect.bisect_right(floats, 1), bisect.bisect_left(floats, float("inf")))
