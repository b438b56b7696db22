print(complex(1), complex(1, 2), complex("1"), complex("-2j"), complex(" 3+4j "), complex(1.5, -0.5))
print((1 + 2j).real, (1 + 2j).imag, abs(complex(5, 12)), complex(2, 3) * complex(4, -1))
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError", e)
print(complex(1, 2) == 1 + 2j, 1j ** 2, (1 + 1j) ** 2, pow(1j, 3))
