s = "aaaaa"
print(s.count("aa"), s.find("aa", 1), s.rfind("aa"), s.replace("aa", "b"), s.split("aa"))
t = "abcabcabc"
print(t.count("abc", 1), t.count("abc", 0, 6), t.find("c", -2), t.index("b", 2, 5), t.rfind("x"), t.find(""), t.rfind(""))
print(t.startswith("bc", 1), t.endswith(("x", "bc")), t.startswith(""), "".startswith(""))
