import bisect

log = []

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v

data = [V(i) for i in range(0, 20, 2)]
for target in [V(-1), V(7), V(8), V(30)]:
    log.clear()
    i = bisect.bisect_left(data, target)
    print("left", target, i, log)
    log.clear()
    j = bisect.bisect_right(data, target)
    print("right", target, j, log)
