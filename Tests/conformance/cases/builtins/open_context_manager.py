path = "/tmp/smolder_conf_context.txt"
with open(path, "w") as f:
    print(f.__enter__() is f, f.closed)
print(f.closed)
try:
    with open(path, "w") as g:
        g.write("partial\n")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, g.closed)
with open(path) as h:
    print(repr(h.read()))
h = open(path)
print(h.__exit__(None, None, None), h.closed)
with open(path) as a, open(path) as b:
    print(a.readline() == b.readline())
print(a.closed, b.closed)
def read_all(p):
    with open(p) as f:
        return f.read()
print(repr(read_all(path)))
