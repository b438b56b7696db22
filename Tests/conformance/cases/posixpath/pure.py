import os.path as p
import posixpath

cases = ["", "/", "//", "///", "a", "a/", "/a/b", "a/b/", "a//b", "/a/./b/../c", "../x", "a/../..",
         ".hidden", "file.tar.gz", "a.b/c", "..", "...", "a/.b.c", "//a//b//", "./a"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), repr(p.basename(c)), repr(p.dirname(c)),
          repr(p.normpath(c)), p.isabs(c))
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join("a", ""))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"x.py"), p.normpath(b"a/../b"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    p.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(p.commonprefix(["interstellar", "internet", "interval"]), repr(p.commonprefix([])))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]), p.commonpath(["a/b/", "a/b"]))
for bad in ([], ["/a", "b"]):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"), p.relpath("/x/y", "/a/b"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)
print(p.splitdrive("/a/b"), p.normcase("A/B"))
print(p.sep, p.curdir, p.pardir, p.pathsep, p.extsep, p.altsep, p.devnull)
import os
os.environ["SMOLDER_V"] = "val"
os.environ["HOME"] = "/home/tester"
for s in ["$SMOLDER_V", "${SMOLDER_V}x", "a$SMOLDER_V/b", "$NOPE_NOT_SET", "${NOPE_NOT_SET}", "$", "${", "$$", "${SMOLDER_V", "x$1y"]:
    print(repr(s), repr(p.expandvars(s)))
print(p.expandvars(b"$SMOLDER_V/b"))
print(p.expanduser("~"), p.expanduser("~/x"), p.expanduser("a/~"), p.expanduser("~root"), p.expanduser("~nosuchuser_zz/x"))
print(p.abspath("/a/../b/./c"), p.realpath("/"), p.isabs(b"/x"))
print(posixpath.normpath("/../a"), posixpath.normpath("a/./../../b"))
