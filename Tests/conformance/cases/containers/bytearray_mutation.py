ba = bytearray(b'hello')
ba[0] = 74
ba.append(33)
ba.extend([1, 2])
print(ba, ba.pop(), ba.pop(0), ba)
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba)
ba += b'!'
print(ba)
ba.reverse()
print(ba, len(ba))
ba.insert(0, 65)
ba.remove(33)
print(ba)
ba[::2] = b'\x00' * len(ba[::2])
print(ba)
del ba[::2]
print(ba, ba.copy(), ba == ba.copy())
ba.clear()
print(ba)
tests = ["bytearray().pop()", "bytearray([1])[0] = 256", "bytearray(b'a').remove(5)", "bytearray(b'ab')[::2] = b'xyz'", "hash(bytearray())", "b'x'[0] = 1"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
