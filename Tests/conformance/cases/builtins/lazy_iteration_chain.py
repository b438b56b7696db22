log = []
def source():
    for v in [1, 2, 3, 4, 5, 6]:
        log.append("src" + str(v))
        yield v
pipeline = enumerate(map(lambda v: v * v, filter(lambda v: v % 2 == 0, source())), 1)
print(log)
print(next(pipeline), log)
for index, square in pipeline:
    print(index, square)
print(log)
def forever():
    n = 0
    while True:
        yield n
        n += 1
print([*zip(forever(), map(str.upper, ["a", "b"]))] if False else [*zip(forever(), "ab")])
print([*zip(map(lambda v: v * 2, forever()), filter(None, [0, 7, 0, 9]))])
print(max(enumerate("hello"), key=lambda p: p[1]), min(zip([3, 1, 2], "abc")))
print(sum(map(len, ["a", "bb", "ccc"])), sorted(filter(None, [3, 0, 1])), any(map(lambda v: v > 3, [0, 0, 5])))
print([*reversed([*enumerate("ab")])])
