print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (-1).to_bytes(2, "big", signed=True))
print((0).to_bytes(0, "big"), (2**64).to_bytes(9, "big"), (-129).to_bytes(2, "little", signed=True), (5).to_bytes(length=3, byteorder="big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", signed=True), int.from_bytes(b"\x01\x00"))
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True), (1, 1, "middle"), (1, -1, "big")]:
    try:
        if len(args) == 4:
            print(args[0].to_bytes(args[1], args[2], signed=args[3]))
        else:
            print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x01\x00", "big")
print(v, type(v).__name__)
