nan = float("nan")
inf = float("inf")
for c in [1j, -1j, 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 1 + 0j, 1 - 0j, complex(1.5, 2.25),
          complex(1e20, 1e-5), complex(1e16, -1e16), complex(inf, nan), complex(-inf, -inf), complex(nan, 1), complex(0, nan),
          complex(2, 3) * 1e300, complex(0.1, 0.2), complex(123456789012345678, 1), complex(1e-7, 3)]:
    print(repr(c), str(c))
print([1j, 2 + 3j], (1 - 1j,), {"k": -2j})
