"""Secure hashes and message digests in pure Python (Smolder implementation).

md5 (RFC 1321), sha1, sha224, sha256, sha384, sha512 (FIPS 180-4)."""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = algorithms_guaranteed

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF
_consts = {}


def _primes(n):
    out = []
    c = 2
    while len(out) < n:
        for p in out:
            if p * p > c:
                break
            if c % p == 0:
                break
        else:
            out.append(c)
            c += 1
            continue
        if all(c % p for p in out if p * p <= c):
            out.append(c)
        c += 1
    return out


def _iroot(x, k):
    # integer k-th root (floor) by Newton's method
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while r ** k > x:
        r -= 1
    while (r + 1) ** k <= x:
        r += 1
    return r


def _frac_bits(p, k, bits):
    return _iroot(p << (k * bits), k) & ((1 << bits) - 1)


def _const(name):
    c = _consts.get(name)
    if c is not None:
        return c
    if name == 'md5':
        import math
        c = [int(abs(math.sin(i + 1)) * 4294967296) & _M32 for i in range(64)]
    elif name == 'k256':
        c = [_frac_bits(p, 3, 32) for p in _primes(64)]
    elif name == 'k512':
        c = [_frac_bits(p, 3, 64) for p in _primes(80)]
    elif name == 'h256':
        c = [_frac_bits(p, 2, 32) for p in _primes(8)]
    elif name == 'h224':
        c = [_frac_bits(p, 2, 64) & _M32 for p in _primes(16)[8:]]
    elif name == 'h512':
        c = [_frac_bits(p, 2, 64) for p in _primes(8)]
    elif name == 'h384':
        c = [_frac_bits(p, 2, 64) for p in _primes(16)[8:]]
    _consts[name] = c
    return c


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("object supporting the buffer API required")


class _Hash:
    name = ''
    digest_size = 0
    block_size = 64
    _lenbytes = 8
    _big = True

    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._h = self._initial()
        self._buf = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        h = self._h
        for i in range(0, n, bs):
            h = self._compress(h, buf[i:i + bs])
        self._h = h
        self._buf = buf[n:]

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._h = list(self._h)
        other._buf = self._buf
        other._count = self._count
        return other

    def digest(self):
        bs = self.block_size
        bitlen = self._count * 8
        tail = self._buf + b'\x80'
        lb = self._lenbytes
        pad = (bs - lb - len(tail)) % bs
        tail += bytes(pad)
        tail += bitlen.to_bytes(lb, 'big' if self._big else 'little')
        h = list(self._h)
        for i in range(0, len(tail), bs):
            h = self._compress(h, tail[i:i + bs])
        return self._output(h)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x0>' % self.name


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


_MD5_S = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _big = False

    def _initial(self):
        return [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    def _compress(self, h, block):
        K = _const('md5')
        S = _MD5_S
        X = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = h
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) & 15
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) & 15
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) & 15
            f = (f + a + K[i] + X[g]) & _M32
            a = d
            d = c
            c = b
            s = S[i]
            b = (b + (((f << s) | (f >> (32 - s))) & _M32)) & _M32
        return [(h[0] + a) & _M32, (h[1] + b) & _M32, (h[2] + c) & _M32, (h[3] + d) & _M32]

    def _output(self, h):
        return b''.join(x.to_bytes(4, 'little') for x in h)


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20

    def _initial(self):
        return [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _compress(self, h, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 80):
            x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
            w.append(((x << 1) | (x >> 31)) & _M32)
        a, b, c, d, e = h
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            tmp = ((((a << 5) | (a >> 27)) & _M32) + (f & _M32) + e + k + w[t]) & _M32
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & _M32
            b = a
            a = tmp
        return [(h[0] + a) & _M32, (h[1] + b) & _M32, (h[2] + c) & _M32,
                (h[3] + d) & _M32, (h[4] + e) & _M32]

    def _output(self, h):
        return b''.join(x.to_bytes(4, 'big') for x in h)


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32

    def _initial(self):
        return list(_const('h256'))

    def _compress(self, h, block):
        K = _const('k256')
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 64):
            x = w[t - 15]
            s0 = (((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)) & _M32
            x = w[t - 2]
            s1 = (((x >> 17) | (x << 15)) ^ ((x >> 19) | (x << 13)) ^ (x >> 10)) & _M32
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M32)
        a, b, c, d, e, f, g, hh = h
        for t in range(64):
            S1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & _M32
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + (ch & _M32) + K[t] + w[t]) & _M32
            S0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & _M32
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M32
            hh = g
            g = f
            f = e
            e = (d + t1) & _M32
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M32
        return [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]

    def _output(self, h):
        return b''.join(x.to_bytes(4, 'big') for x in h)[:self.digest_size]


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28

    def _initial(self):
        return list(_const('h224'))


class _SHA512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _lenbytes = 16

    def _initial(self):
        return list(_const('h512'))

    def _compress(self, h, block):
        K = _const('k512')
        M = _M64
        w = [int.from_bytes(block[i:i + 8], 'big') for i in range(0, 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = (((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)) & M
            x = w[t - 2]
            s1 = (((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)) & M
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & M)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & M
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + (ch & M) + K[t] + w[t]) & M
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & M
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & M
            hh = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        return [(x + y) & M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]

    def _output(self, h):
        return b''.join(x.to_bytes(8, 'big') for x in h)[:self.digest_size]


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48

    def _initial(self):
        return list(_const('h384'))


_CTORS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256,
          'sha384': _SHA384, 'sha512': _SHA512}


def md5(data=b'', *, usedforsecurity=True):
    return _MD5(data)


def sha1(data=b'', *, usedforsecurity=True):
    return _SHA1(data)


def sha224(data=b'', *, usedforsecurity=True):
    return _SHA224(data)


def sha256(data=b'', *, usedforsecurity=True):
    return _SHA256(data)


def sha384(data=b'', *, usedforsecurity=True):
    return _SHA384(data)


def sha512(data=b'', *, usedforsecurity=True):
    return _SHA512(data)


def new(name, data=b'', **kwargs):
    cls = _CTORS.get(name.lower() if isinstance(name, str) else name)
    if cls is None:
        raise ValueError('unsupported hash type ' + str(name))
    return cls(data)
