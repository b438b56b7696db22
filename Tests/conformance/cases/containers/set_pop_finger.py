s = set(range(40))
out = []
while s:
    out.append(s.pop())
    if len(out) % 5 == 0:
        s.add(len(out) * 100)
    if len(out) > 60:
        break
print(out)
t = {1, 9, 17, 2}
print(t.pop(), t.pop(), t)
t.add(33)
print(t, t.pop())
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
