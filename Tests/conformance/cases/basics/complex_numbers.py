z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z * 2, z * z, z / 2, z - 1j)
print(complex(1, 2), complex("1+2j"), complex(2), 1j * 1j)
print(-1j, 0j, complex(0, -0.0), 2j ** 2)
print((1 + 2j) == complex(1, 2), 1 + 0j == 1)
print(repr(1.5 + 2.5j), str(complex(1e20, 1e-5)))
print(type(z).__name__, isinstance(z, complex))
try:
    print(z < z)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
