for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 0.5, 255.75]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for text in ["0x1.8p1", "0X1P-1", "1p4", "-0x.8", "  0x10  ", "0x1.fffffffffffff8p0", "0x1.0000000000000801p0", "inf", "-nan", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.ffffffffffffffp1023", "0xabc.defp0"]:
    print(text, float.fromhex(text))
for text in ["", "0x", "0x1p", "1.2.3", "0xg", "p1"]:
    try:
        float.fromhex(text)
    except ValueError as e:
        print("ValueError", e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print("OverflowError", e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
