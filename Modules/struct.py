"""Interpret bytes as packed binary data (Smolder implementation).

The host is assumed to be little-endian with LP64 native sizes.
"""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (standard size, native size, native alignment)
_SIZES = {
    'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1), '?': (1, 1, 1),
    'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4), 'I': (4, 4, 4),
    'l': (4, 8, 8), 'L': (4, 8, 8), 'q': (8, 8, 8), 'Q': (8, 8, 8),
    'n': (None, 8, 8), 'N': (None, 8, 8), 'P': (None, 8, 8),
    'e': (2, 2, 2), 'f': (4, 4, 4), 'd': (8, 8, 8),
    's': (1, 1, 1), 'p': (1, 1, 1),
}
_SIGNED = 'bhilqn'
_INT_CODES = 'bBhHiIlLqQnNP'
_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1
_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

_cache = {}


class _Compiled:
    __slots__ = ('items', 'size', 'nvalues', 'order', 'native')

    def __init__(self, items, size, nvalues, order, native):
        self.items = items        # list of (code, offset, size, count)
        self.size = size
        self.nvalues = nvalues
        self.order = order
        self.native = native


def _compile(fmt):
    c = _cache.get(fmt)
    if c is not None:
        return c
    if isinstance(fmt, (bytes, bytearray)):
        sfmt = bytes(fmt).decode('latin-1')
    elif isinstance(fmt, str):
        sfmt = fmt
    else:
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    i = 0
    n = len(sfmt)
    mode = '@'
    if n and sfmt[0] in '@=<>!':
        mode = sfmt[0]
        i = 1
    native = mode == '@'
    order = 'big' if mode in '>!' else 'little'
    items = []
    offset = 0
    nvalues = 0
    while i < n:
        ch = sfmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if '0' <= ch <= '9':
            j = i
            while j < n and '0' <= sfmt[j] <= '9':
                j += 1
            count = int(sfmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = sfmt[i]
        i += 1
        info = _SIZES.get(ch)
        if info is None:
            raise error('bad char in struct format')
        if native:
            size = info[1]
            align = info[2]
            if offset % align:
                offset += align - offset % align
        else:
            size = info[0]
            if size is None:
                raise error('bad char in struct format')
        if count is None:
            count = 1
        if ch in 'sp':
            items.append((ch, offset, count, 1))
            offset += count
            nvalues += 1
        elif ch == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((ch, offset, size, 1))
                offset += size
            nvalues += count
    c = _Compiled(items, offset, nvalues, order, native)
    _cache[fmt] = c
    return c


# ------------------------------------------------------------ float packing

def _float_bits(x, ebits, mbits, code, check_overflow):
    """IEEE bits of float x in a format with ebits exponent bits and mbits
    stored mantissa bits (round half to even)."""
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    bias = (1 << (ebits - 1)) - 1
    emax_field = (1 << ebits) - 1
    if x != x:
        return (sign << (ebits + mbits)) | (emax_field << mbits) | (1 << (mbits - 1))
    ax = abs(x)
    if ax == _math.inf:
        return (sign << (ebits + mbits)) | (emax_field << mbits)
    if ax == 0.0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(ax)          # ax = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias              # biased exponent for 1.f form
    if exp >= 1:
        mant = round(_math.ldexp(m, mbits + 1))   # in [2**mbits, 2**(mbits+1)]
        if mant == 1 << (mbits + 1):
            mant >>= 1
            exp += 1
        if exp >= emax_field:
            if check_overflow:
                raise OverflowError('float too large to pack with %s format' % code)
            return (sign << (ebits + mbits)) | (emax_field << mbits)
        bits = (exp << mbits) | (mant - (1 << mbits))
    else:
        # subnormal: units of 2**(1 - bias - mbits)
        bits = round(_math.ldexp(ax, bias - 1 + mbits))
    return (sign << (ebits + mbits)) | bits


def _bits_float(bits, ebits, mbits):
    sign = bits >> (ebits + mbits)
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exp == (1 << ebits) - 1:
        if mant:
            v = _math.nan
        else:
            v = _math.inf
    elif exp == 0:
        v = _math.ldexp(float(mant), 1 - bias - mbits)
    else:
        v = _math.ldexp(float(mant | (1 << mbits)), exp - bias - mbits)
    return -v if sign else v


_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


# ---------------------------------------------------------------- packing

def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise error('required argument is not an integer')
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _check_int(code, v, size, comp):
    signed = code in _SIGNED
    big = comp.order == 'big' and not comp.native
    if code == 'P':
        if not _INT64_MIN <= v <= _UINT64_MAX:
            raise error('argument out of range')
        return v & _UINT64_MAX
    if size == 8:
        lo, hi = (_INT64_MIN, _INT64_MAX) if signed else (0, _UINT64_MAX)
        if not lo <= v <= hi:
            if big:
                raise error('int too large to convert')
            raise error('argument out of range')
        return v
    # sizes 1, 2, 4
    if signed or code == 'B' or (code == 'H' and not big):
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise error('argument out of range')
    else:
        if not 0 <= v <= _UINT64_MAX:
            raise error('argument out of range')
    bits = size * 8
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        if code in 'bB' or (code in 'hH' and not big):
            raise error('%s format requires %d <= number <= %d' % (_NAMES[code], lo, hi))
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v


def _pack_values(comp, values, buf, base):
    if len(values) != comp.nvalues:
        raise error('pack expected %d items for packing (got %d)' % (comp.nvalues, len(values)))
    order = comp.order
    vi = 0
    for code, off, size, _ in comp.items:
        v = values[vi]
        vi += 1
        pos = base + off
        if code in _INT_CODES:
            iv = _check_int(code, _as_int(v), size, comp)
            if code == 'P':
                data = iv.to_bytes(size, order)
            else:
                data = iv.to_bytes(size, order, signed=code in _SIGNED)
        elif code in 'efd':
            if isinstance(v, float):
                fv = v
            else:
                try:
                    fv = float(v) if hasattr(type(v), '__float__') or isinstance(v, int) else None
                except (TypeError, ValueError):
                    fv = None
                if fv is None:
                    raise error('required argument is not a float')
            if code == 'f' and comp.native:
                bits = _float_bits(fv, 8, 23, 'f', False)
            else:
                ebits, mbits = _FLOAT_FORMATS[code]
                bits = _float_bits(fv, ebits, mbits, code, True)
            data = bits.to_bytes(size, order)
        elif code == '?':
            data = b'\x01' if v else b'\x00'
        elif code == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            data = bytes(v)
        elif code == 's':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = bytes(v[:size])
            data += b'\x00' * (size - len(data))
        elif code == 'p':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            if size == 0:
                data = b''
            else:
                body = bytes(v[:size - 1])
                ln = min(len(body), 255)
                data = bytes([ln]) + body
                data += b'\x00' * (size - len(data))
        else:
            raise error('bad char in struct format')
        buf[pos:pos + size] = data


def _unpack_values(comp, data, base):
    out = []
    order = comp.order
    for code, off, size, _ in comp.items:
        pos = base + off
        chunk = data[pos:pos + size]
        if code in _INT_CODES:
            out.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        elif code in 'efd':
            ebits, mbits = _FLOAT_FORMATS[code]
            out.append(_bits_float(int.from_bytes(chunk, order), ebits, mbits))
        elif code == '?':
            out.append(any(chunk))
        elif code == 'c':
            out.append(bytes(chunk))
        elif code == 's':
            out.append(bytes(chunk))
        elif code == 'p':
            if size == 0:
                out.append(b'')
            else:
                ln = chunk[0]
                if ln >= size:
                    ln = size - 1
                out.append(bytes(chunk[1:1 + ln]))
    return tuple(out)


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    if isinstance(buf, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(buf)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__) from None


# ------------------------------------------------------------------ API

class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        self._comp = _compile(format)
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('latin-1')
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._comp.size

    def pack(self, *values):
        buf = bytearray(self._comp.size)
        _pack_values(self._comp, values, buf, 0)
        return bytes(buf)

    def pack_into(self, buffer, offset, *values):
        comp = self._comp
        if len(values) != comp.nvalues:
            raise error('pack expected %d items for packing (got %d)' % (comp.nvalues, len(values)))
        blen = len(buffer)
        if offset < 0:
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
            offset += blen
        if blen - offset < comp.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (comp.size + offset, comp.size, offset, blen))
        _pack_values(comp, values, buffer, offset)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self._comp.size:
            raise error('unpack requires a buffer of %d bytes' % self._comp.size)
        return _unpack_values(self._comp, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        comp = self._comp
        blen = len(data)
        if offset < 0:
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
            offset += blen
        if blen - offset < comp.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (comp.size + offset, comp.size, offset, blen))
        return _unpack_values(comp, data, offset)

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        comp = self._comp
        if comp.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % comp.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % comp.size)
        return _iter_unpack(comp, data)


def _iter_unpack(comp, data):
    for base in range(0, len(data), comp.size):
        yield _unpack_values(comp, data, base)


def calcsize(format):
    return _compile(format).size


def pack(format, *values):
    comp = _compile(format)
    buf = bytearray(comp.size)
    _pack_values(comp, values, buf, 0)
    return bytes(buf)


def pack_into(format, buffer, offset, *values):
    Struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return Struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return Struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
