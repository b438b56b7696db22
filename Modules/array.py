"""Efficient-looking arrays of numeric values (Smolder implementation).

The array is a Python list underneath; values are checked (and floats of
typecode 'f' are rounded to single precision) on the way in.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_UINT64_MAX = (1 << 64) - 1

# typecode -> (min, max, name used in the messages)
_SMALL = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2147483648, 2147483647, 'signed integer'),
}


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


def _check_int(tc, v):
    v = _as_index(v)
    small = _SMALL.get(tc)
    if small is not None:
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, name = small
        if v < lo:
            raise OverflowError('%s is less than minimum' % name)
        if v > hi:
            raise OverflowError('%s is greater than maximum' % name)
        return v
    if tc == 'I' or tc == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _UINT64_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v > 4294967295:
            raise OverflowError('unsigned int is greater than maximum')
        return v
    if tc == 'l':
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise OverflowError('Python int too large to convert to C long')
        return v
    if tc == 'q':
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise OverflowError('int too big to convert')
        return v
    # 'Q'
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _UINT64_MAX:
        raise OverflowError('int too big to convert')
    return v


def _check_float(tc, v):
    if isinstance(v, float):
        f = v
    elif isinstance(v, int) or hasattr(type(v), '__float__'):
        f = float(v)
    else:
        raise TypeError('must be real number, not %s' % type(v).__name__)
    if tc == 'f':
        f = _struct.unpack('@f', _struct.pack('@f', f))[0]
    return f


def _check_item(tc, v):
    if tc == 'd' or tc == 'f':
        return _check_float(tc, v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return _check_int(tc, v)


class array(object):
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_data')
    __hash__ = None

    def __new__(cls, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._data = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._data = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._tc == 'u') != (typecode == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self._data = [_check_item(typecode, v) for v in initializer._data]
        else:
            self._data = [_check_item(typecode, v) for v in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def _new(cls, tc, data):
        a = object.__new__(cls)
        a._tc = tc
        a._data = data
        return a

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    # ----------------------------------------------------------- mutation
    def append(self, v):
        self._data.append(_check_item(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._data.extend(iterable._data)
            return
        tc = self._tc
        append = self._data.append
        for v in iterable:
            append(_check_item(tc, v))

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._data.extend([_check_item(tc, v) for v in lst])

    def insert(self, i, v):
        self._data.insert(i, _check_item(self._tc, v))

    def pop(self, i=-1):
        if not self._data:
            raise IndexError('pop from empty array')
        n = len(self._data)
        if not -n <= i < n:
            raise IndexError('pop index out of range')
        return self._data.pop(i)

    def remove(self, v):
        for k, x in enumerate(self._data):
            if x == v:
                del self._data[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        n = len(self._data)
        if stop is None:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for k in range(start, min(stop, n)):
            if self._data[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        c = 0
        for x in self._data:
            if x == v:
                c += 1
        return c

    def reverse(self):
        self._data.reverse()

    def tolist(self):
        return list(self._data)

    def _fmt(self, n):
        return '<%d%s' % (n, self._tc) if self._tc not in 'lL' else '<%d%s' % (n, 'q' if self._tc == 'l' else 'Q')

    def tobytes(self):
        if self._tc == 'u':
            return b''.join(ord(ch).to_bytes(4, 'little') for ch in self._data)
        return _struct.pack(self._fmt(len(self._data)), *self._data)

    def frombytes(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        size = _ITEMSIZE[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(b) // size
        if self._tc == 'u':
            self._data.extend(chr(int.from_bytes(b[k:k + 4], 'little')) for k in range(0, len(b), 4))
            return
        self._data.extend(_struct.unpack(self._fmt(n), b))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._data)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._data.extend(s)

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if self._tc == 'u':
            raw = self.tobytes()
        else:
            raw = self.tobytes()
        swapped = b''.join(raw[k:k + size][::-1] for k in range(0, len(raw), size))
        self._data = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (0, len(self._data))

    # ------------------------------------------------------- sequence api
    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, v):
        return v in self._data

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array._new(self._tc, self._data[i])
        try:
            return self._data[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._data[i] = list(v._data)
            return
        v = _check_item(self._tc, v)
        try:
            self._data[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._data[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return array._new(self._tc, self._data + other._data)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._data.extend(other._data)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return array._new(self._tc, self._data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        self._data *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data != other._data

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data < other._data

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data <= other._data

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data > other._data

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._data >= other._data

    def __copy__(self):
        return array._new(self._tc, list(self._data))

    def __deepcopy__(self, memo):
        return array._new(self._tc, list(self._data))

    def __reduce__(self):
        return (type(self), (self._tc, list(self._data)))

    def __repr__(self):
        name = 'array' if type(self) is array else type(self).__name__
        if not self._data:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._data))
        return '%s(%r, %r)' % (name, self._tc, self._data)


ArrayType = array
