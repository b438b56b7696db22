class Money(float):
    def __repr__(self):
        return "Money(" + float.__repr__(self) + ")"
m = Money(2.5)
print(m, repr(m), float(m), type(m + 1).__name__, m + 1, 1 - m, m * 2, -m, abs(Money(-1.5)), m / 2)
print(m == 2.5, m < 3, hash(m) == hash(2.5), isinstance(m, float), m.is_integer(), m.as_integer_ratio(), int(m), round(m))
print(Money("3.25"), Money(), Money(7), m.real, m.imag, m.hex(), m.conjugate(), type(m.conjugate()).__name__)
class Temp(float):
    def __new__(cls, v, unit="C"):
        obj = float.__new__(cls, v)
        obj.unit = unit
        return obj
t = Temp(21.5, "F")
print(t, t.unit, t + 0.5, type(t).__name__, str(t))
