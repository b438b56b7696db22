s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-2], s[8:2:-2])
print(s[5:2], s[-1:-5:-1], s[3:3], s[:], s[None:None:None])
print(s[slice(1, 8, 3)], s[slice(None, None, -3)])
sl = slice(2, 20, 3)
print(sl.indices(len(s)), sl.start, sl.stop, sl.step)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
