import hashlib
msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 55, b'a' * 56, b'b' * 64, b'c' * 111, b'c' * 112, b'd' * 200, bytes(range(256))]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), ctor(m).hexdigest())
    h = hashlib.new(name, b'hello ')
    h2 = h.copy()
    h.update(b'world')
    h2.update(bytearray(b'there'))
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest(), h.digest()[:4])
    print(h.hexdigest() == ctor(b'hello world').hexdigest())
try:
    hashlib.sha256('text')
except TypeError as e:
    print(e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)
print(hashlib.new('SHA256', b'x').hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
