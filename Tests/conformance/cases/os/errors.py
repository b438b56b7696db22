import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
open("file", "w").close()
os.mkdir("dir")

def attempt(label, f, *args):
    try:
        f(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename))
        print("  ", e)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("stat", os.stat, "missing")
attempt("lstat", os.lstat, "missing")
attempt("listdir", os.listdir, "missing")
attempt("listdir-file", os.listdir, "file")
attempt("mkdir", os.mkdir, "dir")
attempt("rmdir-file", os.rmdir, "file")
attempt("rmdir-missing", os.rmdir, "missing")
attempt("unlink-dir", os.unlink, "dir")
attempt("remove", os.remove, "missing")
attempt("chdir", os.chdir, "missing")
attempt("open", os.open, "missing", os.O_RDONLY)
attempt("readlink", os.readlink, "file")
attempt("stat-type", os.stat, 3.5)
attempt("mkdir-type", os.mkdir, None)
attempt("embedded", os.stat, "a\x00b")
attempt("close", os.close, 9999)
attempt("read", os.read, 9999, 1)
attempt("fspath", os.fspath, 3)
print(os.strerror(2), "|", os.strerror(13))
try:
    open("missing")
except FileNotFoundError as e:
    print(e)
os.chdir("/")
import shutil
shutil.rmtree(base)
