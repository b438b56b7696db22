import os
import tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
os.chdir(base)
root = Path("tree")
(root / "a" / "b").mkdir(parents=True)
(root / "a" / "b").mkdir(parents=True, exist_ok=True)
try:
    (root / "a").mkdir()
except FileExistsError as e:
    print("FileExistsError", e)
try:
    Path("no/such/dir").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print((root / "x.txt").write_text("hello\n"), (root / "a" / "y.py").write_text("print(1)\n"))
print((root / "a" / "b" / "z.py").write_bytes(b"\x00\x01"), (root / ".hidden").write_text(""))
print((root / "x.txt").read_text(), (root / "a" / "b" / "z.py").read_bytes())
print(root.exists(), root.is_dir(), (root / "x.txt").is_file(), (root / "x.txt").is_dir(), Path("nope").exists())
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.glob("*.txt")))
print(sorted(str(p) for p in root.glob("*/*.py")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.rglob("*.py")))
print(sorted(str(p) for p in root.glob("**")))
print(sorted(str(p) for p in root.glob("a/b/z.py")), sorted(str(p) for p in root.glob("nothing/*")))
print(sorted(str(p) for p in root.rglob("z*")))
for pattern in ["", "/abs"]:
    try:
        list(root.glob(pattern))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
with (root / "x.txt").open() as f:
    print(repr(f.readline()))
with (root / "new.txt").open("w") as f:
    f.write("written")
print((root / "new.txt").read_text(), (root / "new.txt").stat().st_size)
print(repr((root / "new.txt").rename(root / "renamed.txt")), (root / "new.txt").exists())
print(repr((root / "renamed.txt").replace(root / "final.txt")))
(root / "final.txt").unlink()
(root / "final.txt").unlink(missing_ok=True)
try:
    (root / "final.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
(root / "empty").mkdir()
(root / "empty").rmdir()
(root / "t.txt").touch()
(root / "t.txt").touch()
try:
    (root / "t.txt").touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e)
(root / "link").symlink_to("x.txt")
print((root / "link").is_symlink(), (root / "link").readlink(), (root / "link").read_text(), (root / "x.txt").is_symlink())
print(root.resolve() == base.resolve() / "tree", Path("tree/a/../x.txt").resolve() == base.resolve() / "tree/x.txt")
print(root.absolute() == Path(os.getcwd()) / "tree", root.absolute().is_absolute(), Path.cwd() == Path(os.getcwd()))
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x")
print((root / "link").samefile(root / "x.txt"))
for bad in [lambda: (root / "q").write_text(5), lambda: (root / "q").write_bytes("s"), lambda: Path("missing.txt").read_text()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.chdir("/")
import shutil
shutil.rmtree(base)
print(base.exists())
