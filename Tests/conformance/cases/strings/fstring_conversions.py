class T:
    def __repr__(self):
        return "T-repr"
    def __str__(self):
        return "T-str"
    def __format__(self, spec):
        return "T-format(" + spec + ")"
t = T()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t:spec}", f"{t!r:>10}")
print("{}|{!r}|{!s}|{:x}".format(t, t, t, t))
print(str(t), repr(t), format(t, "q"), "%s %r" % (t, t))
v = "naïve"
print(f"{v!a}", f"{v!r:^12}", f"{v=}", f"{v = !a}")
x = 3.0
print(f"{x=}", f"{x = :.2f}", f"{[x, x]=}")
