from fnmatch import fnmatchcase
pats = ["[abc]", "[!abc]", "[a-c]", "[!a-c]", "[]]", "[!]]", "[a-]", "[-a]", "[z-a]",
        "[!z-a]", "[", "[!]", "a[b", "[\\]", "[^a]", "[[]", "[!!]", "[a-c-e]"]
names = ["a", "b", "d", "]", "-", "z", "[", "!", "\\", "^", "e", "c", "[!]", "a[b"]
for p in pats:
    print(repr(p).ljust(10), "".join("1" if fnmatchcase(n, p) else "." for n in names))
