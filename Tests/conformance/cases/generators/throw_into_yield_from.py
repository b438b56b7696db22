def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer continues"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
g2 = outer()
next(g2)
g2.close()
print("g2 closed")
