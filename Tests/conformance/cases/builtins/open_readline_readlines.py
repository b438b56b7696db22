path = "/tmp/smolder_conf_readlines.txt"
with open(path, "w") as f:
    f.writelines(["héllo wörld\n", "second\n", "\n", "last line no newline"])
with open(path) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)), repr(f.readline(-1)))
    try:
        f.readline(None)
    except TypeError as e:
        print("TypeError:", e)
    print(repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines(5))
    print(f.readlines())
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(None)), repr(f.read()))
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(path) as f:
    print(next(f), end="")
    print(f.readline(), end="")
    print([*f])
