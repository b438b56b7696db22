def gen():
    yield 1
    yield 1 / 0
total = sum(x for x in gen())
