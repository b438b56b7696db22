print([*map(abs, [-1, 2, -3])] if False else [*map(str, [1, 2])])
print([*map(lambda a, b: a * b, [1, 2, 3], [4, 5])], [*map(lambda *a: a, "ab", "cd", "ef")])
print([*map(pow, [2, 3], [3, 2])] if False else [*map(max, [1, 9], [5, 2])])
def noisy(items):
    for v in items:
        print("pull", v)
        yield v
m = map(lambda v: v * 10, noisy([1, 2, 3]))
print("map made")
print(next(m))
print([*m], [*m])
def boom(v):
    if v == 2:
        raise KeyError(v)
    return v
it = map(boom, [1, 2, 3])
print(next(it))
try:
    next(it)
except KeyError as e:
    print("KeyError", e)
print(next(it))
for call in ["map()", "map(len)", "map(len, 5)", "map(len, [], x=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "TypeError:", e)
print([*map(len, ["a", "bb"], )], type(map(len, [])).__name__)
