class MyInt(int):
    def __repr__(self):
        return "MyInt(" + str(int(self)) + ")"
x = MyInt(5)
print(x, repr(x), int(x), type(x + 1).__name__, x + 1, 1 + x, x * 2, -x, abs(MyInt(-3)))
print(type(-x).__name__, type(int(x)).__name__, x == 5, x < 6, hash(x) == hash(5), isinstance(x, int))
print(MyInt("ff", 16), MyInt(), MyInt(3.7), x.real, x.numerator, x.denominator, x.bit_length())
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, abs(v))
p = Pos(-9)
print(p, type(p).__name__, p // 2, divmod(p, 4), p ** 2, p >> 1, p & 3, str(p))
class Add(int):
    def __add__(self, other):
        return "custom"
    def __radd__(self, other):
        return "rcustom"
print(Add(1) + 1, 1 + Add(1), Add(2) * 3, {5: "a"}[MyInt(5)])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
