print(str(), str(123), str(1.5), str([1, "a"]), str((1,)), str({1: "x"}), str(None))
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"hi"), "utf-8"))
print(str("é".encode("utf-8"), "utf-8"), "é".encode("utf-8"), "é".encode("latin-1"))
print("日本".encode(), b"\xe6\x97\xa5".decode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"))
