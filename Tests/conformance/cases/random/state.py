import random

r = random.Random(17)
for _ in range(700):
    r.random()
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
first = [r.random() for _ in range(5)]
r.setstate(st)
print(first == [r.random() for _ in range(5)])
r2 = random.Random()
r2.setstate(st)
print(first == [r2.random() for _ in range(5)])
g = r.gauss()
st = r.getstate()
print(st[2] is not None)
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
random.seed(5)
s = random.getstate()
u = random.random()
random.setstate(s)
print(u == random.random())
fresh = random.Random(5)
print(fresh.getstate()[1][:4], fresh.getstate()[1][-1])
try:
    r.setstate((99, (), None))
except ValueError as e:
    print("ValueError", e)
print(isinstance(r, random.Random), random.random.__self__.__class__.__name__)
class MyRandom(random.Random):
    pass
m = MyRandom(17)
print(m.random(), random.Random(17).random())
