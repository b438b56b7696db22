import hmac, hashlib
for mod in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha256]:
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', mod)
    print(h.name, h.digest_size, h.hexdigest())
long_key = b'k' * 200
h = hmac.new(long_key, digestmod='sha256')
c = h.copy()
h.update(b'abc')
print(h.hexdigest(), c.hexdigest())
print(hmac.digest(b'secret', b'msg', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'), hmac.compare_digest(b'a', b'ab'))
try:
    hmac.new(b'k', b'm')
except TypeError as e:
    print(e)
