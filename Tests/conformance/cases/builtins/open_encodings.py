path = "/tmp/smolder_conf_encodings.txt"
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ\n"))
with open(path, "rb") as f:
    print(f.read() == b"caf\xe9 \xff\n")
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, errors="replace") as f:
    print(repr(f.read()))
with open(path, errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    with open(path, "w", encoding="latin-1") as f:
        f.write("€€ x")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve €\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "wb") as f:
    f.write(b"ok\xe2\x82")
try:
    open(path).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
