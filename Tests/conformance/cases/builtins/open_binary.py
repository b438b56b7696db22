path = "/tmp/smolder_conf_open_binary.bin"
with open(path, "wb") as f:
    print(f.mode, f.write(b"\x00\x01\xffabc\n"), f.write(b"line2\n"), f.tell())
with open(path, "ab") as f:
    print(f.mode, f.write(b"tail"))
with open(path, "rb") as f:
    print(f.mode, f.read(3) == b"\x00\x01\xff", f.tell())
    print(f.readline() == b"abc\n", f.readline() == b"line2\n", f.read() == b"tail", f.read() == b"")
with open(path, "rb") as f:
    lines = [line for line in f]
    print(len(lines), lines[-1] == b"tail")
with open(path, "r+b") as f:
    print(f.mode, f.read(2) == b"\x00\x01", f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read(6) == b"\x00\x01XYbc")
    print(f.seek(-4, 2), f.read() == b"tail", f.seek(0, 1))
with open(path, "rb") as f:
    print(f.readlines()[0] == b"\x00\x01XYbc\n")
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
for bad in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(path, "rb", **bad)
    except ValueError as e:
        print("ValueError:", e)
