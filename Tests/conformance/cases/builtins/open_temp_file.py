import sys
path = "/tmp/smolder_conformance_open_test.txt"
with open(path, "w") as f:
    n = f.write("first line\nsecond line\n")
    f.write("third ✓\n")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    print("appended", file=f)
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "rb") as f:
    data = f.read()
    print(len(data), data[:5])
with open(path, "w") as f:
    f.writelines(["x\n", "y\n"])
print(open(path).read().splitlines())
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
