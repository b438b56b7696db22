def encode(s):
    if not s:
        return []
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def to_string(pairs):
    return "".join(f"{n}{ch}" if n > 1 else ch for ch, n in pairs)
def decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)
for s in ["", "a", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "ééé日日😀"]:
    enc = to_string(encode(s))
    print(repr(enc), decode(enc) == s, f"{len(enc)}/{len(s)}")
