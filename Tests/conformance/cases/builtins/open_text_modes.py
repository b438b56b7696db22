path = "/tmp/smolder_conf_open_text_modes.txt"
f = open(path, "w")
print(f.name == path, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
print(f.write("alpha\n"), f.write("βeta ✓\n"), f.write(""))
f.close()
print(f.closed)
with open(path, "a") as f:
    print(f.mode, f.write("gamma\n"), f.tell())
with open(path) as f:
    print(f.mode, repr(f.read()))
with open(path, "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("ALPHA")
with open(path, "rt") as f:
    print(f.mode, f.readlines())
with open(path, "w+") as f:
    f.write("new\ncontent\n")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(path, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(path, encoding="utf-8") as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines)
