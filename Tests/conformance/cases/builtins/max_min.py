print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 2]), min("hello"), max("b", "abc"))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([(1, "b"), (1, "a")]))
print(max([1, 3, 3, 2], key=lambda v: v % 3), max([-1, 1], key=abs), min([-1, 1], key=abs))
print(max(range(10), key=lambda v: (v % 4, -v)), max(1, 2.5), min(True, 0))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
try:
    min(5)
except TypeError as e:
    print("TypeError", e)
