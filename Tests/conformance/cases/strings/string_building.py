parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abc":
    s = ch + s + ch
print(s)
acc = []
for word in "the rain in spain".split():
    acc.append(word[::-1].capitalize())
print(" ".join(acc))
print("".join(chr(ord("a") + (ord(c) - ord("a") + 13) % 26) if c.isalpha() else c for c in "hello, world"))
