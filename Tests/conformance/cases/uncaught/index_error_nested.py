def get(items, i):
    return items[i]
def middle(items):
    return get(items, len(items))
print(get([1, 2, 3], 0))
print(middle([1, 2, 3]))
