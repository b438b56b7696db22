from fnmatch import translate
for p in ["*.py", "a?b", "[abc]", "[!abc]", "*", "*a*", "a*b*c", "**a*b*", "a.b+c",
          "[!a-z]*", "?*?", "[a-zA-Z0-9_]*.txt", "x&y~z|", "[&~|]", "[^a]",
          "[z-a]", "[!]", "[]]", "file (1).txt", "a b\tc", "foo[0-9][0-9]bar*",
          "{a,b}", "$HOME", "#x"]:
    print(repr(p), translate(p))
