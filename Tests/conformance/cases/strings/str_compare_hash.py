# Ordering by code point (not by Unicode collation), equality of different normalisations, hashing consistency.
pairs = [("a", "b"), ("B", "a"), ("é", "f"), ("é", "e\u0301"), ("😀", "\uffff"), ("", "a"), ("ab", "a"), ("a", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y, hash(x) == hash(y))
d = {"é": 1, "e\u0301": 2}
print(len(d), d["é"], d["e\u0301"], "é" in {"é"}, hash("ab") == hash("a" + "b"))
