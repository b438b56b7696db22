from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, len(rw), bool(rw))
print(Perm.R in rw, Perm.X in rw, list(rw), list(Perm))
print(repr(Perm.R & Perm.W), repr(rw & Perm.R), repr(rw ^ Perm.R), repr(~Perm.R), repr(~rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(Perm(7)), Perm(5))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm("r")
except ValueError as e:
    print("ValueError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0
print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), Color.RED.value, Color.BLUE.value)
print(repr(Color.RED | Color.GREEN | Color.BLUE), Color.NONE, repr(Color(0)), list(Color.__members__))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 8, repr(IP.R | 8), repr(IP(8)), IP.R + 1)
print(isinstance(IP.R, int), IP.R == 4, repr(~IP.R), f"{IP.W}", IP.R & 6, repr(IP.R & 6))
print(IP.R in (IP.R | IP.W), list(IP.R | IP.X), repr(IP(0)))

class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
combo = Opt.A
for f in (Opt.B, Opt.C):
    combo |= f
print(repr(combo), [m.name for m in combo], combo == Opt(7))
print(Opt.A | Opt.C in combo)
