from collections import deque
d = deque([1, 2])
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('pop', lambda: deque().pop())
attempt('popleft', lambda: deque().popleft())
attempt('index range', lambda: d[5])
attempt('neg index range', lambda: d[-3])
attempt('index missing', lambda: d.index(5))
attempt('remove missing', lambda: d.remove(5))
attempt('slice', lambda: d[0:1])
attempt('str index', lambda: d['a'])
attempt('bad iterable', lambda: deque(1))
attempt('concat list', lambda: d + [1])
attempt('mul str', lambda: d * 'a')
attempt('rotate str', lambda: d.rotate('a'))
attempt('maxlen float', lambda: deque(maxlen=1.5))
attempt('set index', lambda: d.__setitem__(9, 0))
def mutate():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
attempt('mutate', mutate)
