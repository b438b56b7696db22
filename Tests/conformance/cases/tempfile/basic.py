import os
import tempfile

print(tempfile.gettempprefix(), type(tempfile.gettempdir()).__name__)
d = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
name = os.path.basename(d)
print(name.startswith("pre_"), name.endswith("_suf"), len(name), os.path.isdir(d), os.path.isabs(d))
print(oct(os.stat(d).st_mode & 0o777))
fd, path = tempfile.mkstemp(suffix=".txt", dir=d)
print(type(fd).__name__, os.path.dirname(path) == d, path.endswith(".txt"), os.path.basename(path).startswith("tmp"))
os.write(fd, b"data")
os.close(fd)
print(open(path).read(), oct(os.stat(path).st_mode & 0o777))
with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as f:
    f.write("hello\n")
    f.seek(0)
    print(f.read(), end="")
    print(os.path.exists(f.name), f.name.endswith(".log"))
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile(dir=d, delete=False)
f.write(b"keep")
f.close()
print(os.path.exists(f.name), open(f.name, "rb").read())
with tempfile.TemporaryDirectory(dir=d) as t:
    open(os.path.join(t, "inner"), "w").close()
    os.mkdir(os.path.join(t, "sub"))
    print(sorted(os.listdir(t)))
print(os.path.exists(t))
td = tempfile.TemporaryDirectory(prefix="x")
print(repr(td).startswith("<TemporaryDirectory '"), os.path.basename(td.name)[0])
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryFile() as tf:
    tf.write(b"abc")
    tf.seek(0)
    print(tf.read())
import shutil
shutil.rmtree(d)
