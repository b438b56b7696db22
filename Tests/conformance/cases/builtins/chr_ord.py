print([chr(c) for c in (65, 97, 48, 32, 955, 8364, 128512)])
print([ord(c) for c in "Aa0 λ€😀"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(b"a"), ord(bytearray(b"z")))
