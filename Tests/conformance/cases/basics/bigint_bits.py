x = (1 << 130) - 1
print(x)
print(x >> 65, x & 0xFFFF, x | (1 << 140), x ^ (1 << 129))
print(~x, -x >> 3, -x & 0xFF)
print(x.bit_length(), (0).bit_length(), (-255).bit_length())
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF)
print(-1 >> 100, -(1 << 100) >> 99)
y = -12345678901234567890123
print(y & 0xFFFFFFFF, y | 0xF, y ^ -1)
print(x.bit_count(), (-5).bit_count())
