"""Conversions between binary data and ASCII (Smolder implementation)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = None
_HEX = '0123456789abcdef'


def _rev():
    global _B64REV
    if _B64REV is None:
        t = [-1] * 256
        for i, c in enumerate(_B64):
            t[c] = i
        _B64REV = t
    return _B64REV


def _tobytes(data, allow_str=False):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if allow_str and isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if allow_str:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _tobytes(data)
    out = bytearray()
    tbl = _B64
    n = len(data)
    i = 0
    end3 = n - n % 3
    while i < end3:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(tbl[v >> 18])
        out.append(tbl[(v >> 12) & 63])
        out.append(tbl[(v >> 6) & 63])
        out.append(tbl[v & 63])
        i += 3
    rest = n - end3
    if rest == 1:
        v = data[i] << 16
        out.append(tbl[v >> 18])
        out.append(tbl[(v >> 12) & 63])
        out += b'=='
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(tbl[v >> 18])
        out.append(tbl[(v >> 12) & 63])
        out.append(tbl[(v >> 6) & 63])
        out += b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _tobytes(data, True)
    rev = _rev()
    out = bytearray()
    acc = 0
    quad = 0
    ndata = 0
    pads = 0
    done = False
    seen_pad = False
    n = len(data)
    for idx in range(n):
        c = data[idx]
        if c == 61:  # '='
            seen_pad = True
            if strict_mode and ndata == 0 and quad == 0:
                raise Error('Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and idx + 1 < n:
                        raise Error('Excess data after padding')
                    done = True
                    break
            continue
        v = rev[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and seen_pad:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out.append((acc >> 16) & 255)
            out.append((acc >> 8) & 255)
            out.append(acc & 255)
            acc = 0
            quad = 0
    if done:
        if quad == 2:
            out.append((acc >> 4) & 255)
        elif quad == 3:
            out.append((acc >> 10) & 255)
            out.append((acc >> 2) & 255)
        return bytes(out)
    if quad != 0:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        '(%d) cannot be 1 more than a multiple of 4' % ndata)
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _tobytes(data)
    h = data.hex()
    if sep is not None:
        if isinstance(sep, str):
            sep_s = sep
        else:
            sep_s = bytes(sep).decode('ascii')
        h = data.hex(sep_s, bytes_per_sep)
    return h.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _tobytes(hexstr, True)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hexval(data[i])
        lo = _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


_CRC_TABLE = None


def crc32(data, crc=0):
    global _CRC_TABLE
    if _CRC_TABLE is None:
        t = []
        for i in range(256):
            c = i
            for _ in range(8):
                if c & 1:
                    c = 0xEDB88320 ^ (c >> 1)
                else:
                    c >>= 1
            t.append(c)
        _CRC_TABLE = t
    t = _CRC_TABLE
    data = _tobytes(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = t[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
