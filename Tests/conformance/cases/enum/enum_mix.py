from enum import *
class Perm(Flag):
    R=4; W=2; X=1
print(repr(Perm.R|Perm.W), str(Perm.R|Perm.W), repr(Perm(7)), repr(Perm(0)), str(Perm(0)), list(Perm(7)), repr(~Perm.R), len(Perm(6)))
print(repr(Perm), repr(Enum), bool(Perm(0)))
try: Perm(8)
except ValueError as e: print(repr(str(e)))
class IP(IntFlag):
    R=4; W=2; X=1
print(repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(8)), repr(IP(15)), repr(~IP.R), IP.R|8, repr(IP.R|8), format(IP.R))
class C(Enum):
    A=1; B=2
print(C.A in C)
try:
    class D(C): pass
except TypeError as e: print(e)
try: C.A = 3
except AttributeError as e: print(e)
print(C.__members__)
try: C['Z']
except KeyError as e: print(repr(e))
class CC(Flag):
    A=auto(); B=auto(); AB = A|B
print(list(CC), CC.AB, repr(CC.AB), list(CC.__members__))
class S(StrEnum):
    X=auto(); Y='why'
print(S.X, repr(S.X), S.X == 'x', format(S.Y), f"{S.Y}")
class I(IntEnum):
    A=1
print(I.A, repr(I.A), f"{I.A}", I.A+1, str(I.A))
print(hash(C.A)==hash('A'))
@unique
class U(Enum):
    A=1
try:
    @unique
    class U2(Enum):
        A=1; B=1; C=2; D=2
except ValueError as e: print(e)
E = Enum('E', 'X Y Z'); print(list(E), repr(E.X))
E2 = Enum('E2', [('a', 5), ('b', 6)]); print(list(E2))
E3 = Enum('E3', {'q': 'Q'}); print(list(E3))
print(C.A.name, C.A.value, C(2), C._member_names_)
print(type(C), EnumMeta is EnumType)
class P(Flag):
    B=2; A=1; C=4
print(repr(P(7)), list(P(7)), list(P), repr(P.A|P.C), str(P.C|P.A))
class Q(Flag):
    A=1; B=2; C=4; AB=3; ALL=7
print(repr(Q(7)), repr(Q(3)), repr(Q.A|Q.C), list(Q), repr(~Q.A))
class R(IntFlag):
    A=1
print(repr(R(1)|R(0)), repr(R(0)))
class Color(Enum):
    RED=1
    def describe(self): return self.name.lower()
    @property
    def lower(self): return self.name.lower()
    @classmethod
    def first(cls): return cls.RED
print(Color.RED.describe(), Color.RED.lower, Color.first())
try: Color(3)
except ValueError as e: print(e)
try: Color('x')
except ValueError as e: print(e)
class N(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(N))
print(P.A & P.B, repr(P.A & P.B), repr(P.A ^ P.A), P.A in (P.A|P.B), P.C in P(3))
