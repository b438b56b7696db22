s = "7" * 4300
print(len(str(int(s))))
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
print(len(hex(10 ** 5000)), int("1" * 5000, 16) > 0, int("1" * 5000, 2).bit_length())
x = 10 ** 4299
print(len(repr(x)), len(str(-x)))
