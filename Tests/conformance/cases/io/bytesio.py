import io

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
print(list(b))
b.seek(1)
print(b.write(b"XYZ"), b.getvalue())
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
print(b.seek(-2, io.SEEK_END), b.read(), b.seek(-1, io.SEEK_CUR), b.read())
b.write(bytearray(b"ba"))
print(b.getvalue())
for bad in ["str", 5]:
    try:
        b.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
buf = bytearray(3)
c = io.BytesIO(b"hello")
print(c.readinto(buf), buf, c.read1(10))
with io.BytesIO() as d:
    d.write(b"x")
    print(d.getvalue(), d.closed)
print(d.closed)
try:
    d.read()
except ValueError as e:
    print("ValueError", e)
print(isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.DEFAULT_BUFFER_SIZE)
import os
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with io.open(p, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase))
    f.write("text")
with open(p, "rb") as f:
    print(isinstance(f, io.BufferedReader), f.read())
with open(p, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.unlink(p)
os.rmdir(d)
