def inner(v):
    return int(v)
def outer(v):
    return str(inner(v)) + "!"
print(outer("abc"))
