print([ord(c) for c in "AZaz09 ~"])
print("".join(chr(i) for i in range(65, 91)))
print(chr(0x10FFFF) == "\U0010FFFF", ord("\U0010FFFF"))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
