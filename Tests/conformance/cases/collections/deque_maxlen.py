from collections import deque
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.appendleft('L')
print(b)
b.append('R')
print(b)
b.extend('xyz')
print(b)
b.extendleft('pq')
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
z.appendleft(4)
print(z, len(z))
print(deque('ab', maxlen=None), deque('ab', 5))
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print('IndexError:', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError:', e)
c = b.copy()
print(c, c.maxlen, c == b, c is b)
print(b + deque([1]), (b + deque([1])).maxlen)
m = deque([1, 2, 3], maxlen=5) * 3
print(m)
