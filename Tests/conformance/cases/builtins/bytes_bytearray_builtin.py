print(bytes(), bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(b"abc"))
print(bytearray(), bytearray(b"x"), bytearray([65, 66]), bytearray("ü", "utf-8"))
print(bytes.fromhex("00ff10"), bytes([0, 255, 16]).hex(), bytes(range(65, 70)).decode())
b = bytearray(b"hello")
b[0] = ord("j")
print(b, b.decode(), b.find(b"l"), b.replace(b"l", b"L"), bytes(b).upper())
try:
    bytes("no encoding")
except TypeError as e:
    print("TypeError", e)
