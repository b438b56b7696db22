print(True + True, True * 3, True - False, True / 2, True // 2, -True, +True, ~True, ~False, abs(True), True ** 2)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 2 | True, True ^ 1, type(True & True).__name__, type(True & 1).__name__)
print(bool.__and__(True, False), bool.__or__(False, 0), bool.__xor__(True, 5), True.__rand__(True), (False).__ror__(True))
print(repr(True), str(False), int(True), float(False), hash(True), True == 1, False == 0.0, True is bool(1), bool(), bool(0.0), bool(1j), bool("0"))
print(isinstance(True, int), bool.__mro__ if False else issubclass(bool, int), True.real, True.imag, True.numerator, False.denominator, True.bit_length())
print(divmod(True, 2), round(True), pow(True, 10), True << 3, int.__repr__(True), True.__int__(), type(True.__int__()).__name__)
for args in [(1, 2), ()]:
    try:
        print(bool(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError", e)
