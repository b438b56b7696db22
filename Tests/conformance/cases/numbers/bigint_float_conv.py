print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 54 + 2), float(2 ** 54 + 6), float(-(2 ** 53 + 1)))
print(float(10 ** 22), float(10 ** 23), float(2 ** 1023), float(2 ** 1024 - 2 ** 970), float(3 ** 200))
print(10 ** 30 / 7, (2 ** 80 + 1) / 2 ** 27, 1 / 3, 2 / 3, -7 / 2, 10 ** 400 / 10 ** 399, 1 / 10 ** 400)
print((2 ** 1100) / (2 ** 1090), (3 ** 300) / (3 ** 299), 2 ** 60 + 0.5, 1e16 + 1 == 10 ** 16 + 1)
print(float(2 ** 53 + 1) == 2 ** 53 + 1, 2 ** 53 + 1 > float(2 ** 53), 1e300 * 10 ** 8 if False else 0)
for v in [2 ** 1024, -(2 ** 1030)]:
    try:
        float(v)
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1.5 * 10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** -1074 == 5e-324, (2 ** 1074 + 1) / 2 ** 2148, 1 / 2 ** 1075, 3 / 2 ** 1076)
