def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet at the Café, 10pm."
for s in (3, 13, -1, 52):
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
v = vigenere(msg, "LEMON")
print(v)
print(vigenere(v, "LEMON", decrypt=True))
freq = {}
for ch in caesar(msg, 3).lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
