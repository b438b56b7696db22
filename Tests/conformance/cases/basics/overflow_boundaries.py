big = 2 ** 63 - 1
print(big + big, big * 2 + 2, -big - 2)
print((2 ** 64) // 3, (2 ** 64) % 1000, -(2 ** 64) // 3)
vals = [big, big + 1, -big - 1, -big - 2]
print(sorted(vals), sum(vals))
print(big ** 2 - (big - 1) * (big + 1))
print(pow(big, 3, 10 ** 9 + 7), pow(12345, 2 ** 70, 1000000007))
print(big.bit_length(), (big + 1).bit_length())
