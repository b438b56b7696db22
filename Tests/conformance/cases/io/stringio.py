import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(3)
s.write("XY")
print(repr(s.getvalue()))
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell())
for args in [(-1,), (1, 1), (1, 2), (0, 5)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError", e)
s.writelines(["a", "b\n"])
print(s.readable(), s.writable(), s.seekable(), s.closed, s.isatty())
with io.StringIO("x\ny\nz") as t:
    print(t.readline(1), t.readline(), t.readlines())
print(t.closed)
for method, args in [("read", ()), ("write", ("a",)), ("getvalue", ()), ("seek", (0,)), ("tell", ()), ("readline", ())]:
    try:
        getattr(t, method)(*args)
    except ValueError as e:
        print(method, "ValueError", e)
u = io.StringIO("line1\r\nline2\rline3\n", newline=None)
print(repr(u.getvalue()), u.readlines())
v = io.StringIO("a\r\nb\rc\n", newline="")
print(v.readlines())
w = io.StringIO("abc")
print(w.read(1), w.read(-1), repr(w.read(2)))
w.seek(0)
w.write("Z")
print(w.getvalue(), w.read())
print(io.StringIO("a\nb").readlines(1))
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
import sys
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(buf.getvalue()))
