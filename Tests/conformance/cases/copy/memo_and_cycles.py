import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[:2], b[2] is b, b is a)
d = {"self": None}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e is d)
x = [10]
memo = {}
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], y[0] is x, memo[id(x)] is y[0])
print(len(memo), memo[id(memo)][0] is x)
pre = {id(x): "replacement"}
print(copy.deepcopy([x, 1], pre))

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

n1, n2 = Node("one"), Node("two")
n1.links.append(n2)
n2.links.append(n1)
m1 = copy.deepcopy(n1)
print(m1.name, m1.links[0].name, m1.links[0].links[0] is m1, m1 is n1)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is t)
