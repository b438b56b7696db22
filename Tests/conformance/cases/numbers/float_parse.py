for text in ["1.5", "  -2.25  ", "+3", "1e10", "1E-5", ".5", "5.", "inf", "-Infinity", "nAn", "-nan", "1e500", "-1e500", "1e-400", "0x1p3" if False else "3.0", "\t7\n", "1_0.2_5", "\u0661\u0662.5", "0.1", "123456789012345678901234567890"]:
    print(repr(text), float(text))
for text in ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "in", "infinit", "0x10", "1,5", ".", "+."]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError", e)
print(float(b"2.5"), float(b"-1e3"), float(True), float(7), float(-0.0))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()))
for obj in [Bad(), [1], None, 1j]:
    try:
        float(obj)
    except TypeError as e:
        print("TypeError", e)
