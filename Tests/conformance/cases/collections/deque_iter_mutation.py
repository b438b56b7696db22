from collections import deque
def attempt(label, fn):
    try: print(label, fn())
    except Exception as e: print(label, type(e).__name__ + ':', e)
def m1():
    q = deque([1]); 
    for x in q: q.append(2)
def m2():
    q = deque([1, 2, 3])
    for x in q: q.popleft()
def m3():
    q = deque([1, 2, 3]); r = []
    for x in q: r.append(x); q[0] = 9
    return r
def m4():
    q = deque([1, 2, 3])
    for x in reversed(q): q.pop()
def m5():
    q = deque([1, 2, 3]); it = iter(q); next(it); q.rotate(1); return next(it)
def m6():
    q = deque([1,2,3]); it = iter(q); q.append(4); return list(it)
for f in (m1, m2, m3, m4, m5, m6): attempt(f.__name__, f)
