print([*zip([1, 2], "ab", strict=True)], [*zip(strict=True)], [*zip("a", strict=False)])
cases = [
    ([1, 2], [1]),
    ([1], [1, 2]),
    ([1], [1], [1, 2]),
    ([1, 2], [1, 2], [1]),
    ([], [1]),
    ([1, 2, 3], [1, 2], [1, 2, 3]),
]
for args in cases:
    try:
        print([*zip(*args, strict=True)])
    except ValueError as e:
        print("ValueError:", e)
got = []
try:
    for pair in zip("abc", [1, 2], strict=True):
        got.append(pair)
except ValueError as e:
    print(got, e)
for call in ["zip(1)", "zip([], x=1)", "zip([], strict=True, x=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
