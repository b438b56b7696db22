import glob
import os
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
for d in ["a/b/c", "a/d", ".hid/x", "e"]:
    os.makedirs(d)
for f in ["a/one.py", "a/two.txt", "a/b/three.py", "a/b/c/four.py", "a/.secret.py", "top.py", ".dot.py",
          "a/d/[x].txt", ".hid/x/deep.py", "e/q?.txt"]:
    with open(f, "w") as fh:
        fh.write(f)

def show(pattern, **kw):
    print(pattern, kw, sorted(glob.glob(pattern, **kw)))

show("*")
show("*.py")
show("a/*")
show("a/*.py")
show("*/*.py")
show("a/?ne.py")
show("a/[ot]*")
show("a/[!o]*")
show("**", recursive=True)
show("**/*.py", recursive=True)
show("a/**", recursive=True)
show("a/**/*.py", recursive=True)
show("**/*.py")
show("*", include_hidden=True)
show("**/*.py", recursive=True, include_hidden=True)
show(".*")
show("a/.*")
show("top.py")
show("missing.py")
show("a/")
show("a/*/")
show("*/")
show("a/d/" + glob.escape("[x].txt"))
show("a/d/[x].txt")
show("e/" + glob.escape("q?.txt"))
show("*.py", root_dir="a")
show("**/*.py", root_dir="a", recursive=True)
print(sorted(glob.iglob("a/*.txt")), type(glob.iglob("*")).__name__)
print(sorted(glob.glob(b"a/*.py")))
print(glob.escape("a[b]*?.c"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"))
os.chdir("/")
import shutil
shutil.rmtree(base)
