path = "/tmp/smolder_conf_universal_newlines.txt"
with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r\r\nfive")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read(1)), repr(f.read()))
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read() == b"a\r\nb\r\n")
with open(path, "w", newline="\r") as f:
    f.write("c\nd")
with open(path, newline="") as f:
    print(repr(f.read()))
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
