import gc

def fail():
    raise ValueError("boom")

errors = []
for i in range(3000):
    try:
        fail()
    except ValueError as e:
        if i % 1000 == 0:
            errors.append(e)
gc.collect()
print(len(errors), [str(e) for e in errors])

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree()
for i in range(10):
    c = Tree(root)
    for j in range(10):
        Tree(c)
for _ in range(100):
    r = Tree()
    for i in range(20):
        Tree(r)
gc.collect()
print(len(root.children), sum(len(c.children) for c in root.children))
print(all(c.parent is root for c in root.children))

def gen():
    yield 1
    yield 2
g = gen()
next(g)
holder = [g]
holder.append(holder)
del holder
gc.collect()
print(next(g))
