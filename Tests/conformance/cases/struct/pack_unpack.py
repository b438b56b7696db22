import struct
for fmt, vals in [('<i', (1,)), ('>i', (-2,)), ('!H', (65535,)), ('=q', (-2 ** 63,)), ('<Q', (2 ** 64 - 1,)), ('<bBhH', (-128, 255, -32768, 65535)),
                  ('>lL', (-5, 7)), ('<?c', (True, b'z')), ('5s', (b'hi',)), ('3s', (b'hello',)), ('5p', (b'abcdefgh',)), ('3p', (b'a',)), ('0s', (b'abc',)),
                  ('@ci', (b'a', 7)), ('@ic', (7, b'a')), ('@cd', (b'x', 1.5)), ('@hq', (1, 2)), ('@nN', (-3, 3)), ('@P', (-1,)), ('<2h3x2B', (1, 2, 3, 4)),
                  ('i', (True,)), ('d', (1,)), ('<f', (0.1,)), ('>d', (-0.0,)), ('<e', (1.5,)), ('>e', (65519.0,)), ('<e', (1e-7,)), ('<f', (1e-45,)),
                  ('<d', (5e-324,)), ('<f', (float('inf'),)), ('>d', (float('-inf'),)), ('<d', (float('nan'),)), ('<f', (float('nan'),)), ('<e', (float('nan'),)),
                  ('>f', (3.4028235e38 * 1.0000000001,)), ('@f', (1e300,)), ('<e', (-0.0,)), ('<e', (6.1e-05,)), ('<f', (16777217.0,)), ('>e', (2049.0,)), ('< i i', (1, 2))]:
    b = struct.pack(fmt, *vals)
    print(repr(fmt), b, struct.unpack(fmt, b), struct.calcsize(fmt))
for x in [0.1, 1 / 3, 2.5, -1e-310, 1e38, 3.5e38, 1e-40, 123456.789, 65504.0, 0.00006103515625, 5.960464477539063e-08, 2.98e-08, 1e-8, 1234.5678]:
    out = []
    for code in 'efd':
        try:
            b = struct.pack('<' + code, x)
            out.append((b.hex(), struct.unpack('<' + code, b)[0]))
        except OverflowError as e:
            out.append(str(e))
    print(x, out)
print(struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('>i', bytearray(b'\x80\x00\x00\x00')), struct.unpack('?', b'\x02'), struct.unpack('<3s2p', b'abcde'))
print(struct.calcsize('@cq0i'), struct.calcsize('@iq'), struct.calcsize('<iq'), struct.calcsize('10s'), struct.calcsize(''), struct.calcsize('3x'), struct.calcsize(b'<4d'))
