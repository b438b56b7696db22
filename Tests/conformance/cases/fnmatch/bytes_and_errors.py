import fnmatch
print(fnmatch.fnmatch(b"foo.py", b"*.py"), fnmatch.fnmatchcase(b"foo.c", b"*.py"))
print(fnmatch.filter([b"x1", b"y2", b"x3"], b"x?"))
for name, pat in [(b"a", "a"), ("a", b"a")]:
    try:
        fnmatch.fnmatch(name, pat)
    except TypeError as e:
        print("TypeError")
ok = 0
for i in range(200):
    name = "file%d.log" % i
    if fnmatch.fnmatch(name, "file1*[05].log"):
        ok += 1
print(ok)
print(fnmatch.fnmatchcase("a" * 30, "*a*a*a*a*a*a*b"))
