for n in [0, 1, 7, 255, -255, 2 ** 70, -(2 ** 65)]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 10
print(bin(I()), hex(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
