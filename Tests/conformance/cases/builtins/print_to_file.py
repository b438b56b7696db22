path = "/tmp/smolder_conf_print_to_file.txt"
with open(path, "w") as f:
    print("hello", 42, sep="-", file=f)
    print("no newline", end="", file=f)
    print(file=f)
    f.writelines(map(str, [1, 2, 3]))
    f.writelines(["\n", "end\n"])
with open(path) as f:
    print(repr(f.read()))
open(path, "w").write("temporary object\n")
print(open(path).read(), end="")
with open(path, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("x\n")
    print(open(path).read() == "x\n")
