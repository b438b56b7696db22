# Finished and abandoned generators give their frames back for reuse: each new generator of the same
# code starts clean (locals, stack, cells, handlers), and references held by dead generators are freed.
import sys

def counter(n, tag):
    total = 0
    for i in range(n):
        total += i
        yield (tag, i, total)

def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

def closure_gen(base):
    def add(x):
        return base + x
    for i in range(3):
        yield add(i)

print(list(counter(3, "a")))
g = counter(5, "b")
print(next(g), next(g))
del g
print(list(counter(2, "c")))
log = []
h = with_finally(log)
print(next(h))
del h
print(log)
print(list(with_finally(log)), log)
print(list(closure_gen(10)), list(closure_gen(20)))
print([sum(x * x for x in range(k)) for k in range(6)])
print(max(len(str(v)) for v in (1, 22, 333)), any(c == "z" for c in "abc"), all(c for c in "ab"))
kept = counter(4, "kept")
frame = kept.gi_frame
print(next(kept), frame is not None)
print(list(counter(2, "after")))
print(next(kept))

def churn(payload):
    # `payload` is a local (a cell for the generator expressions): a global would stay in a lookup cache.
    for _ in range(200):
        it = (payload for _ in range(3))
        next(it)
        del it
        list(p for p in [payload, payload])

payload = object()
start = sys.getrefcount(payload)
churn(payload)
print("extra references", sys.getrefcount(payload) - start)
