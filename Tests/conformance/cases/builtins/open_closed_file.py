path = "/tmp/smolder_conf_open_closed.txt"
f = open(path, "w")
f.write("data\n")
f.close()
f.close()
print(f.closed, f.name == path, f.mode)
checks = ["f.read()", "f.readline()", "f.readlines()", "f.write('x')", "f.writelines([])", "f.seek(0)",
          "f.tell()", "f.flush()", "f.__enter__()", "next(f)", "iter(f)", "f.fileno()", "f.isatty()"]
for check in checks:
    try:
        eval(check)
    except ValueError as e:
        print(check, "ValueError:", e)
r = open(path)
for check in ["r.write('x')", "r.writelines(['x'])", "r.truncate()"]:
    try:
        eval(check)
    except OSError as e:
        print(check, type(e).__name__, e, isinstance(e, ValueError))
w = open(path, "a")
for check in ["w.read()", "w.readline()", "next(w)", "w.seek(1, 1)", "w.seek(-1, 2)", "w.seek(-3)", "w.seek(0, 5)",
              "w.write(5)", "w.write(b'x')", "w.read(1.5)"]:
    try:
        eval(check)
    except (OSError, ValueError, TypeError) as e:
        print(check, type(e).__name__, e)
w.close()
r.close()
