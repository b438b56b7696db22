print(b'hello'.upper(), b'HeLLo'.lower(), b'a,b,,c'.split(b','), b'  a b  '.split(), b'a b c'.split(None, 1), b'a b c'.rsplit(None, 1))
print(b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'  x '.lstrip(), b' x  '.rstrip(), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.count(b'l'), b'hello'.index(b'e'), b'hello'.find(108), b'hello'.find(b'z'))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b','.join([b'a', bytearray(b'b')]))
print(b'abc'.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2), bytes.fromhex('61 62 ff'), bytearray.fromhex('00'))
print(b'\xe4\xbd\xa0\xe5\xa5\xbd'.decode(), b'abc'.decode('ascii'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('latin-1'), b'a\xffb'.decode('ascii', 'ignore'))
print(b'x'.isalpha(), b'1'.isdigit(), b''.isalpha(), b'Ab'.islower(), b'ab'.islower(), b' \t'.isspace(), b'a1'.isalnum())
tests = ["b'\\xff'.decode()", "b'\\xe4\\xbd'.decode()", "b'a\\xffb'.decode('ascii')", "b'x'.decode('foo')",
         "b'abc'.index(b'z')", "b'a'.join([1])", "bytes.fromhex('zz')", "b'a'.split(b'')"]
for t in tests:
    try:
        exec(t)
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
