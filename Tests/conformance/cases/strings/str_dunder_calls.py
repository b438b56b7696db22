# Explicit special-method calls on str: NotImplemented for foreign operands, wrapper argument checks.
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__rmul__("ab", 2), str.__mul__("ab", -1))
print(str.__eq__("a", "a"), str.__eq__("a", 1), str.__ne__("a", 1), str.__lt__("a", "b"), str.__lt__("a", 1), str.__ge__("b", "a"))
print(str.__contains__("abc", "bc"), str.__len__("héllo"), str.__getitem__("abc", -1), str.__mod__("%d%%", 5), str.__rmod__("a", "%s!"))
print(str.__str__("x"), str.__repr__("x'y"), str.__format__("ab", "^6"), str.__hash__("a") == hash("a"), "ab".__iter__().__next__())
print("x".__class__.__name__, "abc".__sizeof__() > 0)
for bad in [lambda: str.__add__("a"), lambda: str.__len__("a", 1), lambda: "a".__contains__(1), lambda: str.upper(1),
            lambda: str.upper(), lambda: "a".upper(1), lambda: "a".find(), lambda: "a".join(), lambda: "a" + 1, lambda: 1 + "a",
            lambda: "a" < 1, lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a".__format__(None), lambda: "ab" * (2**70)]:
    try:
        print(bad())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
