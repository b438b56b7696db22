counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def f(x=next_id()):
    return x
print(f(), f(), counter[0])
val = 10
def g(v=val):
    return v
val = 20
print(g())
