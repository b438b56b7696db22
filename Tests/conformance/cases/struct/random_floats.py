import struct, math
seed = 5
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
for i in range(300):
    bits = rnd(2**32) << 32 | rnd(2**32)
    d = struct.unpack('<d', bits.to_bytes(8, 'little'))[0]
    out = [struct.pack('<d', d).hex()]
    for c in 'fe':
        try:
            b = struct.pack('<' + c, d)
            out.append((b.hex(), struct.unpack('<' + c, b)[0]))
        except OverflowError as e:
            out.append(str(e))
    x = rnd(2**16)
    hv = struct.unpack('<e', x.to_bytes(2, 'little'))[0]
    fv = struct.unpack('<f', rnd(2**32).to_bytes(4, 'little'))[0]
    out.append((repr(hv), struct.pack('<e', hv).hex() if hv == hv else 'nan', repr(fv), struct.pack('>f', fv).hex() if fv == fv else 'nan'))
    small = (rnd(2000) - 1000) * 10.0 ** (rnd(20) - 14)
    out.append([struct.pack('>' + c, small).hex() if not (c == 'e' and abs(small) >= 65520) else 'big' for c in 'efd'])
    print(i, repr(d), out)
