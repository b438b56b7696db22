def gen():
    try:
        yield 1
    except ValueError:
        yield [][1]
g = gen()
next(g)
g.throw(ValueError)
