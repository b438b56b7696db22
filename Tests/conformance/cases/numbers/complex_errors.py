errors = [
    lambda: 1j / 0, lambda: 1j / 0j, lambda: 1 / 0j, lambda: 1j < 2j, lambda: 1j >= 1, lambda: 1j // 2, lambda: 1j % 2,
    lambda: divmod(1j, 2), lambda: int(1j), lambda: float(1j), lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(1j, 2, 3),
    lambda: abs(complex(1e308, 1e308)), lambda: round(1j), lambda: complex(10 ** 400), lambda: (1e200 + 1e200j) ** 5,
    lambda: 1j & 1, lambda: ~1j,
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
