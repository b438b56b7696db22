a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, b ** 0, a ** 0.5, 2 ** a, a ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 1 / a, -a, +a, abs(a), abs(-5j), abs(complex(3e300, 4e300)))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, (1 + 0j) == True, a.conjugate(), a.real, a.imag)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j), hash(complex(-1.5, 3)))
print(complex.__add__(1j, 2), (1j).__radd__(2), (1j).__add__("x"), (2j).__mul__(2j), (1j).__rtruediv__(1), (1j).__pow__(2))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), (1j) ** 2, (1 + 1j) ** 3, (2 + 0j) ** 10, 1j ** 101)
print(0j ** 0, 0j ** 2, (1e308 + 1e308j) * 0.5, a.__getnewargs__())
