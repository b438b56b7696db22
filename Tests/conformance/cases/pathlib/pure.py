from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

for s in ["", ".", "/", "//", "///x", "a/b/c", "/a/b.tar.gz", "a/../b/./c//", "..", ".bashrc", "a.", "..a.b", "x.py", "dir/"]:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
          repr(p.parent), repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())
p = PurePosixPath("/usr/lib/python3/site.py")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
try:
    p.parents[9]
except IndexError as e:
    print("IndexError", e)
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath(PurePosixPath("x"), "y"), PurePosixPath("a") / "b" / PurePosixPath("c"))
print("x" / PurePosixPath("y"), PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/a") / "/b")
print(p.with_name("other.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("main"))
for f in [lambda: PurePosixPath("/").with_name("x"), lambda: p.with_name("a/b"), lambda: p.with_name(""),
          lambda: p.with_suffix("x"), lambda: p.with_suffix("."), lambda: PurePosixPath("").with_suffix(".x"),
          lambda: PurePath(b"x"), lambda: PurePosixPath("a") < PureWindowsPath("b"), lambda: p.relative_to("/etc"),
          lambda: PurePosixPath("a").relative_to("/a"), lambda: PurePosixPath("a").as_uri(), lambda: PurePosixPath("a") / 3]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(p.relative_to("/usr"), p.relative_to("/usr/lib", "python3"), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"),
      PurePosixPath("/a/b/c.py").match("/a/*/*.py"), PurePosixPath("a/b").match("x/a/b"))
print(PurePosixPath("/a b/c").as_uri(), PurePosixPath("/x").as_posix(), bytes(PurePosixPath("/x")))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == "a", PurePosixPath("a") != PurePosixPath("b"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a"), PurePosixPath("/z")]))
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a/b") > PurePosixPath("a"), PurePosixPath("a") <= PurePosixPath("a"))
print(len({PurePosixPath("a"), PurePosixPath("a/"), PurePosixPath("./a")}))
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath), isinstance(Path("x"), PurePosixPath))
print(Path("a") == PurePosixPath("a"), repr(Path("a/b")), repr(PosixPath("/x")))
import os
print(os.fspath(Path("a/b")), os.path.join(Path("a"), "b"), str(Path("~")))
