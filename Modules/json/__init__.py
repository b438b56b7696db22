"""JSON (JavaScript Object Notation) encoder and decoder for Smolder.

dumps/dump serialise Python objects, loads/load parse JSON documents.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = None
_default_decoder = None


def _get_default_encoder():
    global _default_encoder
    if _default_encoder is None:
        _default_encoder = JSONEncoder()
    return _default_encoder


def _get_default_decoder():
    global _default_decoder
    if _default_decoder is None:
        _default_decoder = JSONDecoder()
    return _default_decoder


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with .write())."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        iterable = _get_default_encoder().iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _get_default_encoder().encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """Guess the encoding of a JSON document given as bytes."""
    bstartswith = b.startswith
    if bstartswith(b'\x00\x00\xfe\xff') or bstartswith(b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if bstartswith(b'\xff\xfe') or bstartswith(b'\xfe\xff'):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 -- -- : utf-32-be,  00 XX -- -- : utf-16-be
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 : utf-32-le,  XX 00 00 XX / XX 00 XX -- : utf-16-le
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_units(b, width, big):
    """Decode UTF-16 (width 2) or UTF-32 (width 4) bytes without a codec."""
    n = len(b) - len(b) % width
    units = []
    for i in range(0, n, width):
        v = 0
        if big:
            for k in range(width):
                v = (v << 8) | b[i + k]
        else:
            for k in range(width - 1, -1, -1):
                v = (v << 8) | b[i + k]
        units.append(v)
    out = []
    i = 0
    m = len(units)
    while i < m:
        u = units[i]
        if (width == 2 and 0xd800 <= u <= 0xdbff and i + 1 < m
                and 0xdc00 <= units[i + 1] <= 0xdfff):
            u = 0x10000 + (((u - 0xd800) << 10) | (units[i + 1] - 0xdc00))
            i += 1
        out.append(chr(u))
        i += 1
    return ''.join(out)


def _decode_bytes(b):
    enc = detect_encoding(b)
    b = bytes(b)
    if enc == 'utf-8':
        return b.decode('utf-8')
    if enc == 'utf-8-sig':
        return b[3:].decode('utf-8')
    if enc == 'utf-16':
        return _decode_units(b[2:], 2, b[0] == 0xfe)
    if enc == 'utf-32':
        return _decode_units(b[4:], 4, b[0] == 0)
    width = 2 if enc.startswith('utf-16') else 4
    return _decode_units(b, width, enc.endswith('be'))


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % (s.__class__.__name__,))
        s = _decode_bytes(s)

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _get_default_decoder().decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (an object with .read() returning a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
