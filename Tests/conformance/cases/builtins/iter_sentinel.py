data = [3, 1, 4, 0, 5, 9]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
