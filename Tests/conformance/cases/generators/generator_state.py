def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None)
next(g); next(g)
try:
    next(g)
except StopIteration:
    print("exhausted")
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("still exhausted")
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
