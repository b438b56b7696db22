import weakref, gc

class Obj:
    def __init__(self, v):
        self.v = v

d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d[o.v] = o
print(len(d), sorted(d.keys()))
del objs[1:3]
print(len(d), sorted(d.keys()), d.get(1), d[0].v)
try:
    d[2]
except KeyError as e:
    print("KeyError", e)

wk = weakref.WeakKeyDictionary()
keys = [Obj(i) for i in range(3)]
for k in keys:
    wk[k] = k.v * 10
print(len(wk), sorted(wk.values()))
keys.pop()
print(len(wk), sorted(wk.values()), keys[0] in wk)

ws = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws))
del items[0]
print(len(ws), sorted(x.v for x in ws))

class Res:
    pass
log = []
r = Res()
f = weakref.finalize(r, log.append, "finalized")
print(f.alive)
del r
print(log, f.alive)

class C:
    def method(self):
        return "called"
c = C()
wm = weakref.WeakMethod(c.method)
print(wm()())
del c
print(wm())
