import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
try:
    os.makedirs("a/b/c")
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.filename)
os.mkdir("a/d")
with open("a/f.txt", "w") as f:
    f.write("hello")
with open("a/b/g.py", "w") as f:
    f.write("x = 1\n")
print(sorted(os.listdir("a")))
print(sorted(os.listdir(b"a")))
for root, dirs, files in os.walk("a"):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk("a", topdown=False):
    print(root, sorted(dirs), sorted(files))
with os.scandir("a") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
st = os.stat("a/f.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
print(os.path.getsize("a/f.txt"), os.path.isfile("a/f.txt"), os.path.isdir("a"))
os.rename("a/f.txt", "a/h.txt")
os.replace("a/h.txt", "a/i.txt")
print(sorted(os.listdir("a")))
os.symlink("i.txt", "a/link")
print(os.readlink("a/link"), os.path.islink("a/link"), os.path.exists("a/link"))
print(os.lstat("a/link").st_mode & 0o170000 == 0o120000)
os.unlink("a/link")
os.remove("a/i.txt")
os.rmdir("a/d")
os.utime("a/b/g.py", (1000000000, 1000000000))
print(os.stat("a/b/g.py").st_mtime, os.path.getmtime("a/b/g.py"))
os.removedirs("a/b/c")
print(sorted(os.listdir("a")))
fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT, 0o644)
print(os.write(fd, b"abc\x00def"))
os.close(fd)
fd = os.open("raw.bin", os.O_RDONLY)
print(os.read(fd, 4), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
print(os.access("raw.bin", os.R_OK), os.access("missing", os.F_OK))
print(os.getcwd() == base, os.path.abspath("x") == os.path.join(base, "x"))
os.chdir("/")
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
