def make():
    def walk(tree, depth=0):
        if isinstance(tree, list):
            return max((walk(t, depth + 1) for t in tree), default=depth)
        return depth
    return walk
w = make()
print(w(1), w([]), w([1, [2, [3]]]), w([[[[[]]]]]))
def flatten(x):
    if not isinstance(x, (list, tuple)):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, (2, [3, [4, (5,)]]), [], 6]))
