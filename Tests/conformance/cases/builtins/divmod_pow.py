for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (7.5, 2), (-7.5, 2), (2 ** 80, 3 ** 20)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, 0.5), pow(2, -2), pow(-2, 3), pow(0, 0))
print(pow(3, 200, 1000), pow(7, -1, 11), pow(5, 3, -7), pow(123456789, 987654321, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
