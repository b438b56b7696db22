import array
print(int(3), int(-2.7), int(2.5e18), int(1e19), float(3), float(-7), float(2**62 + 1), int(True), float(False))
for bad in (float('nan'), float('inf')):
    try: int(bad)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
a = array.array('B', [0] * 6)
a[1] = 255
try: a[2] = 256
except OverflowError as e: print(e)
print(a)
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v * 2
m = M(); m['x'] = 4; print(m.d)
try: (1)[0] = 1
except TypeError as e: print(e)
class I(int): pass
print(int(I(5)), type(int(I(5))).__name__)
