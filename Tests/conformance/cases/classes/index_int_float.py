class Idx:
    def __index__(self):
        return 2
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), hex(Idx()), range(10)[Idx()])
print(int(Num()), float(Num()), complex(Num()), "xyz" * Idx())
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError", e)
class Rnd:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(Rnd()), round(Rnd(), 2))
