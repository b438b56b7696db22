import hashlib
# chunked updates must match one-shot hashing
data = bytes((i * 7 + 3) % 256 for i in range(3000))
for name in ('md5', 'sha1', 'sha256', 'sha512'):
    h = hashlib.new(name)
    for i in range(0, len(data), 97):
        h.update(data[i:i + 97])
    print(name, h.hexdigest() == hashlib.new(name, data).hexdigest(), h.hexdigest()[:16])
