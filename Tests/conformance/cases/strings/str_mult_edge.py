print(repr("" * 100), repr("ab" * 1), repr("-" * 3 + ">"))
print(["x"] * 0, [""] * 2)
s = "abc"
print(s[1:] + s[:1], s * 2 == s + s, s[-1::-1])
print(s.__len__(), s.__getitem__(1), s.__contains__("b"), s.__add__("d"), s.__mul__(2))
print("abc".__eq__(1), "abc".__lt__("b"))
