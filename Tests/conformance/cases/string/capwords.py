import string
for s in ["hello world", "  hello   world  ", "HELLO wORLD", "", "a", "o'neil mcdonald",
          "tab\tsep\nnew line", "123abc def", "élan vital"]:
    print(repr(string.capwords(s)))
for s, sep in [("a-b-c", "-"), ("one,,two", ","), ("x y", " "), ("aXbXc", "X"), ("hello world", None), ("a  b", "")]:
    try:
        print(repr(string.capwords(s, sep)))
    except ValueError as e:
        print("ValueError:", e)
