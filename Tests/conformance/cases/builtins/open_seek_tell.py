path = "/tmp/smolder_conf_seek_tell.txt"
with open(path, "w") as f:
    print(f.tell())
    f.write("0123456789\n")
    print(f.tell())
    f.write("é\n")
    print(f.tell())
with open(path) as f:
    print(f.read(3), f.tell())
    print(f.seek(5), f.read(2), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), f.readline(), end="")
    print(f.tell(), f.seek(0, 1))
with open(path, "r+") as f:
    f.seek(2)
    f.write("AB")
    print(f.tell(), repr(f.read(3)))
    print(f.truncate(4), f.tell())
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.seek(-2, 2), f.read() == b"AB", f.seek(1), f.seek(1, 1), f.tell())
    try:
        f.seek(-10)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
