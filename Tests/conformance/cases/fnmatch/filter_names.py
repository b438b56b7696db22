import fnmatch
names = ["main.py", "util.py", "README.md", "setup.cfg", "test_a.py", "test_b.txt",
         "data1.csv", "data22.csv", ".gitignore", "Makefile"]
for pat in ["*.py", "test_*", "data?.csv", "data*.csv", "[A-Z]*", "[!.]*", "*.*", "*e*e*"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.filter([], "*"))
print(fnmatch.filter(iter(["a", "b"]), "a"))
