b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)))
print(b.hex(), bytes.fromhex("de ad be ef"), b"abc".upper(), b"a,b".split(b","))
print(b"x" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\")
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
