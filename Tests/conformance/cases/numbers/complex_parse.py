for text in ["1+2j", " ( 1+2j ) ", "-j", "+j", "j", "3", "-2.5", "1e3j", "1E3J", "inf+nanj", "-infj", "1-j", "1.5e-3-2.5e+2j", "(3)", "0x0" if False else "4j", " 5-0j", "1_0+2_0j", "nan"]:
    print(repr(text), complex(text))
for text in ["", "1+", "1+2", "1+2jj", "(1+2j", "1 + 2j", "jj", "2j+1", "1+2i", "()"]:
    try:
        complex(text)
    except ValueError as e:
        print("ValueError", e)
print(complex(), complex(2), complex(2.5, -1), complex(1j, 1j), complex(1 + 2j, 3), complex(real=1, imag=2), complex(imag=3))
class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 1.5
print(complex(C()), complex(F()), complex(F(), F()), complex(True, False))
for args in [("1", 2), (1, "2"), ([1],), (1, [2])]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
