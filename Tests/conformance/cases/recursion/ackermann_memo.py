cache = {}
def ack(m, n):
    if (m, n) in cache:
        return cache[(m, n)]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ack(m - 1, 1)
    else:
        r = ack(m - 1, ack(m, n - 1))
    cache[(m, n)] = r
    return r
print([ack(m, n) for m in range(3) for n in range(4)])
print(ack(2, 50), ack(3, 3))
