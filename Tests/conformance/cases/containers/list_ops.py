print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], len([[], []]))
nested = [[0] * 3 for _ in range(2)]
nested[0][0] = 1; print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 1; print(alias)
print(list("abc"), list(range(3)), list((1, 2)), list({1: "a", 2: "b"}))
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError", e)
try:
    [1][1]
except IndexError as e:
    print("IndexError", e)
try:
    key = "a"
    [1][key]
except TypeError as e:
    print("TypeError", e)
try:
    x = [1, 2]; x[5] = 0
except IndexError as e:
    print("IndexError", e)
