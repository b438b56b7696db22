# %-formatting argument rules: tuple vs single argument, mappings, and the errors.
print("%s" % "solo", "%s" % (("nested",),), "%s" % [1, 2], "%(a)s-%(b)r" % {"a": 1, "b": "x"}, "%s %(x)s" % {"x": 2})
print("%(a(b))s" % {"a(b)": 5}, "no args" % (), "no args" % {}, "no args" % [], "%%" % ())
class M:
    def __getitem__(self, key):
        return key * 2
print("%(ab)s %(c)s" % M())
cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%y", 1), ("%(a)s", 1), ("%c", "ab"), ("%c", 0x110000),
         ("%c", -1), ("%c", 1.5), ("%*d", ("x", 1)), ("%.*f", (2,)), ("%", ()), ("abc%", ()), ("%(a", {"a": 1}), ("%x", 1.5),
         ("%o", "s"), ("%f", "x"), ("%d", None), ("%d", 1j), ("%s %s", [1, 2]), ("%(x)s %s", {"x": 1}), ("%5%", ()),
         ("%é", 1), ("%\n", 1), ("abc", 5), ("%(a)d", {"a": "s"}), ("%d", float("nan") if False else 1e400 - 1e400), ("%d", 1e400)]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
