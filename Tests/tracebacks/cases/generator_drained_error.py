def values(items):
    for item in items:
        yield 10 // item

def total(items):
    return sum(tuple(values(items)))

print(total([1, 2, 5]))
print(total([1, 0, 5]))
