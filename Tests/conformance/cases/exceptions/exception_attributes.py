try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), e.args)
s = StopIteration(5)
print(s.value, s.args)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("m").code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.start, u.end, u.reason, str(u))
ne = NameError("x")
print(ne.args, str(ne))
