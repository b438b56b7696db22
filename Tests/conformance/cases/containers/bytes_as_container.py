b = bytes([1, 2, 3, 250])
print(list(b), b[::-1], b.count(2), b.find(3), b.index(250), sum(b), max(b))
ba = bytearray(3)
ba[1:2] = b"xyz"
print(ba, len(ba))
ba.pop(); ba.reverse(); print(ba)
print(b"abc" == bytearray(b"abc"), bytes(bytearray(b"q")), b"".join([b"a", b"b"]))
print(b"  spam ".strip(), b"a-b".replace(b"-", b"+"), b"Hello".lower(), b"x".isalpha())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
