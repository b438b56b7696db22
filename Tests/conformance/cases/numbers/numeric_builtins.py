print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 63), abs(-(10 ** 30)), abs(3 - 4j), abs(False))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-2 ** 63, -1), divmod(True, True))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(2 ** 100), bin(True))
class Idx:
    def __index__(self):
        return 42
class Absy:
    def __abs__(self):
        return "abs!"
class DM:
    def __divmod__(self, other):
        return ("dm", other)
    def __rdivmod__(self, other):
        return ("rdm", other)
print(bin(Idx()), oct(Idx()), hex(Idx()), abs(Absy()), divmod(DM(), 1), divmod(1, DM()))
for f in [lambda: abs("x"), lambda: divmod("a", 1), lambda: divmod(1, "a"), lambda: bin(1.5), lambda: hex("1"), lambda: oct(None),
          lambda: divmod(1, 0), lambda: divmod(1, 0.0), lambda: abs(), lambda: divmod(1), lambda: pow(1), lambda: round()]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
