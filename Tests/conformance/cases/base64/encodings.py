import base64, binascii
data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xfb\xff\xfe']
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.standard_b64encode(b'hello'), base64.standard_b64decode('aGVsbG8='), base64.urlsafe_b64decode('-_8='))
print(base64.b64decode(b'aGVs\nbG8='), base64.b64decode('aGVs bG8=YQ=='))
for b in [b'YQ===', b'YWJj=', b'YQ==YQ==', b'Y Q==', b'YQ', b'YWJ', 'YQ==', b'YWJjZ']:
    try: print(b, base64.b64decode(b, validate=True))
    except binascii.Error as e: print(b, type(e).__name__, e)
for b in [b'ME======', b'ME=====', b'M=======', b'MEE=====', b'me======', b'M1======', b'ab', b'ONSWG4TFOQ======', b'MFRGG===']:
    try: print(b, base64.b32decode(b))
    except binascii.Error as e: print(b, type(e).__name__, e)
print(base64.b32decode(b'me======', casefold=True), base64.b32decode(b'M1======', map01=b'L'), base64.b32decode(b'0N======', map01=b'I'))
for f, a in [(base64.b64decode, 'é'), (base64.b64decode, 5), (base64.b64encode, 'x'), (base64.b16decode, b'abc'), (base64.b16decode, b'ABC'), (base64.b16decode, 'zz')]:
    try: f(a)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(base64.b16decode(b'deadbeef', casefold=True))
big = bytes(range(256)) * 2
eb = base64.encodebytes(big)
print(eb.count(b'\n'), len(eb), eb[:80])
print(base64.decodebytes(eb) == big, base64.encodebytes(b''), base64.encodebytes(b'hi'))
print(issubclass(binascii.Error, ValueError))
