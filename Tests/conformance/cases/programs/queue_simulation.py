class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
queue, served, waits = [], 0, []
clock = 0
for tick in range(60):
    clock = tick
    if rng.randint(1, 10) <= 4:
        queue.append(tick)
    if queue and rng.randint(1, 10) <= 5:
        arrived = queue.pop(0)
        waits.append(tick - arrived)
        served += 1
print("served", served, "left in queue", len(queue))
print("avg wait", round(sum(waits) / len(waits), 3), "max wait", max(waits))
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(f"{w:3d} {'*' * hist[w]}")
