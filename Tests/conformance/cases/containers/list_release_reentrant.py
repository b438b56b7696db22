# Removing or replacing a list item that is the last reference to a suspended generator runs its
# finally block, which sees and changes the list: it must find the list already updated.
def g(target):
    try:
        yield 1
    finally:
        print("finally sees", target)
        target.append("appended")
for op in ("clear", "del", "del1", "delstep", "delneg", "pop", "remove", "setitem", "setslice"):
    l = []
    it = g(l); next(it)
    l.extend(["a", it, "x", "y"]); del it
    if op == "clear": l.clear()
    elif op == "del": del l[:]
    elif op == "del1": del l[1]
    elif op == "delstep": del l[1::2]
    elif op == "delneg": del l[::-1]
    elif op == "pop": l.pop(1)
    elif op == "remove": l.remove(l[1])
    elif op == "setitem": l[1] = "new"
    else: l[1:2] = "new"
    print(op, l)
