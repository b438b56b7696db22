for a, b in [(12, 10), (-12, 10), (12, -10), (0, 5)]:
    print(a & b, a | b, a ^ b, a << 2, a >> 2)
print(1 << 100, (1 << 100) >> 98)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
print(~0, ~255, -256 >> 4)
print(bin(0b1011 ^ 0b0110), hex(0xF0 | 0x0F), oct(0o777 & 0o707))
