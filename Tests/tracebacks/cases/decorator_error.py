def deco(fn):
    return fn.missing
@deco
def g():
    pass
