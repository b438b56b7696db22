class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
b, r = Both(), OnlyRepr()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], {"k": r})
print(str(OnlyStr()), "{}".format(OnlyStr()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
