import fnmatch
cases = [("foo.py", "*.py"), ("foo.pyc", "*.py"), ("abc", "a?c"), ("ac", "a?c"),
         ("", "*"), ("", "?"), (".hidden", "*"), ("a/b/c.txt", "*.txt"),
         ("abc", "abc"), ("ABC", "abc"), ("aXbYc", "a*b*c"), ("abcd", "a*b*c"),
         ("line\nbreak", "line*break"), ("x", "**"), ("aaa", "a*a*a*a")]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
