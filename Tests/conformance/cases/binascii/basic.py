import binascii
print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(b'xyz'), binascii.hexlify(b'abcdef', '-'), binascii.hexlify(b'abcdef', b':', 2))
print(binascii.unhexlify(b'00ff6162'), binascii.unhexlify('DEADbeef'))
for bad in [b'abc', b'zz', '0g']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(type(e).__name__, e, isinstance(e, ValueError))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'a'), binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'abc', newline=False))
print(binascii.a2b_base64(b'YWJj\n'), binascii.a2b_base64('YQ=='), binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'=YQ=='), binascii.a2b_base64(b'Y W\nJ j'))
for bad in [b'YQ=', b'YQ', b'Y', b'YWJjZ', b'Y===', b'YWJjZ===']:
    try: print(binascii.a2b_base64(bad))
    except binascii.Error as e: print(type(e).__name__, e)
for bad in [b'YQ==YQ==', b'=YQ==', b'Y Q==', b'YQ=A', b'YWJj=']:
    try: print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e: print(type(e).__name__, e)
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
try: binascii.hexlify('abc')
except TypeError as e: print(e)
