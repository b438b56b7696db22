s = "héllo wörld ✓ 日本語 😀"
print(len(s), s[1], s[7], s[12], s[-1], s[-3:])
print(s[::-1])
print(s[2:9:2], s[100:], s[-100:3])
for i, ch in enumerate("añ😀"):
    print(i, ch, ord(ch), hex(ord(ch)))
print(chr(233), chr(0x1F600), chr(26085))
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
print("😀" * 3, len("😀" * 3))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("İ".lower()))
