# str.maketrans (1, 2 and 3 arguments) and translate with str, int and None mappings and bad tables.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()) if False else [(k, t[k]) for k in (97, 98, 99, 100)])
print("abcdabcd".translate(t), "ñandú".translate(str.maketrans("ñú", "nu")))
print("hello".translate({ord("l"): "L!", ord("o"): None, ord("h"): 0x1F600}))
print("abc".translate(["A", "B"]), "abc".translate({}))
d = str.maketrans({"a": "1", 98: None, "c": 67})
print([(k, d[k]) for k in (97, 98, 99)])
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("xyz".translate(Table()))
for bad in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate(5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
