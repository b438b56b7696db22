from collections import deque
q = deque()
for i in range(5000):
    q.append(i)
total = 0
while len(q) > 10:
    total += q.popleft()
    if total % 7 == 0:
        q.append(total % 100)
print(total, len(q), q)
for i in range(300):
    q.appendleft(i)
print(q[0], q[-1], q[150], len(q))
while q:
    q.pop()
print(q)
# sliding window maximum
def window_max(seq, k):
    out, dq = [], deque()
    for i, v in enumerate(seq):
        while dq and seq[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(seq[dq[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
# breadth-first search
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, order, todo = {1}, [], deque([1])
while todo:
    n = todo.popleft()
    order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m)
            todo.append(m)
print(order)
last3 = deque(maxlen=3)
for w in 'the quick brown fox jumps'.split():
    last3.append(w)
print(last3)
