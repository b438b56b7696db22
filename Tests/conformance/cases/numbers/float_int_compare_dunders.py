import math
vals = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63 - 1, 10**20, 0.5, -0.0, 1.0, 2.0**53, 2.0**53 + 2, float('nan'), float('inf'), -float('inf'), True, False, 1e20, 9007199254740993]
out = []
for a in vals:
    for b in vals:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
print(len(out), sum(sum(t) for t in out), [sum(t[k] for t in out) for k in range(6)])
for a in vals[:8]:
    print([ (a < b, a == b) for b in vals[8:]])
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "rsub"
    def __getitem__(self, i): return i * 2
    def __lt__(self, o): return self.x < o.x
print((V(1) + V(2)).x, (V(1) + 5).x, (3 + V(1)).x, 4 - V(1), V(1)[21], V(1) < V(2), V(3) < V(2))
try: V(1) - V(2)
except TypeError as e: print(e)
class W(V):
    def __radd__(self, o): return "W.radd"
print(V(1) + W(2))
