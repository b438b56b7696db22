def early(n):
    for i in range(n):
        if i * i > 10:
            return i
    return None
print(early(10), early(2))
def multi():
    return 1, [2], "three"
a, b, c = multi()
print(a, b, c, multi())
def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
