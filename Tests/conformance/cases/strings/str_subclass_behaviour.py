# Subclasses of str: construction, inherited methods return plain str, overridden dunders are honoured.
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
print(type(n).__name__, n, repr(n), len(n), n.shout(), type(n.upper()).__name__, type(n[:]).__name__)
print(type(str(n)).__name__, type(n + "x").__name__, n == "ada", "ada" == n, n < "b", n in "xadax", hash(n) == hash("ada"))
print(isinstance(n, str), type(n.strip()).__name__, type(n.replace("z", "y")).__name__, type(n * 1).__name__)
class Loud(str):
    def __str__(self):
        return "LOUD"
    def __repr__(self):
        return "Loud()"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
    def __len__(self):
        return 99
l = Loud("quiet")
print(str(l), repr(l), f"{l}", f"{l:>4}", "{}".format(l), "%s|%r" % (l, l), len(l), l.upper())
class Empty(str):
    def __new__(cls, value="default"):
        return str.__new__(cls, value * 2)
print(Empty(), Empty("ab"), type(Empty()).__name__)
print(str.__new__(Name, "x").shout(), Name(12), Name(b"b", "ascii"))
