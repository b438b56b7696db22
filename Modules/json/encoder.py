"""JSON encoding for Smolder (JSONEncoder and string escaping helpers)."""

INFINITY = float('inf')

_SIMPLE_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
}


def _u_escape(n):
    return '\\u%04x' % n


def py_encode_basestring(s):
    """Return a JSON string literal for s, leaving non-ASCII characters as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    esc = _SIMPLE_ESCAPES
    while i < n:
        c = s[i]
        if c == '"' or c == '\\' or c < ' ':
            if start < i:
                out.append(s[start:i])
            e = esc.get(c)
            out.append(e if e is not None else _u_escape(ord(c)))
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON string literal for s."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    esc = _SIMPLE_ESCAPES
    while i < n:
        c = s[i]
        if c == '"' or c == '\\' or c < ' ' or c > '~':
            if start < i:
                out.append(s[start:i])
            e = esc.get(c)
            if e is not None:
                out.append(e)
            else:
                code = ord(c)
                if code < 0x10000:
                    out.append(_u_escape(code))
                else:
                    code -= 0x10000
                    out.append(_u_escape(0xd800 | (code >> 10)))
                    out.append(_u_escape(0xdc00 | (code & 0x3ff)))
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None (and
    their subclasses). Override default() to support other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % (o.__class__.__name__,))

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self._encode_chunks(o, True)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if _one_shot:
            return iter(self._encode_chunks(o, True))
        return self._iter_chunks(o)

    def _iter_chunks(self, o):
        for chunk in self._encode_chunks(o, False):
            yield chunk

    def _encode_chunks(self, o, one_shot):
        markers = {} if self.check_circular else None
        encode_str = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # CPython's accelerated encoder (one-shot, no indent) words the
        # NaN error without the value; the pure-Python path appends it.
        short_nan_message = one_shot and self.indent is None
        key_separator = self.key_separator
        item_separator = self.item_separator
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys
        default = self.default
        float_repr = float.__repr__
        int_repr = int.__repr__

        def floatstr(f):
            if f != f:
                text = 'NaN'
            elif f == INFINITY:
                text = 'Infinity'
            elif f == -INFINITY:
                text = '-Infinity'
            else:
                return float_repr(f)
            if not allow_nan:
                if short_nan_message:
                    raise ValueError('Out of range float values are not JSON compliant')
                raise ValueError('Out of range float values are not JSON compliant: '
                                 + repr(f))
            return text

        out = []
        append = out.append

        def enc_list(lst, level):
            if not lst:
                append('[]')
                return
            if markers is not None:
                mid = id(lst)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = lst
            append('[')
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                sep = item_separator + newline_indent
                append(newline_indent)
            else:
                sep = item_separator
            first = True
            for value in lst:
                if first:
                    first = False
                else:
                    append(sep)
                enc(value, level)
            if indent is not None:
                level -= 1
                append('\n' + indent * level)
            append(']')
            if markers is not None:
                del markers[mid]

        def enc_dict(dct, level):
            if not dct:
                append('{}')
                return
            if markers is not None:
                mid = id(dct)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = dct
            append('{')
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                sep = item_separator + newline_indent
                append(newline_indent)
            else:
                sep = item_separator
            if sort_keys:
                items = sorted(dct.items())
            else:
                items = dct.items()
            first = True
            for key, value in items:
                if isinstance(key, str):
                    pass
                elif isinstance(key, float):
                    key = floatstr(key)
                elif key is True:
                    key = 'true'
                elif key is False:
                    key = 'false'
                elif key is None:
                    key = 'null'
                elif isinstance(key, int):
                    key = int_repr(key)
                elif skipkeys:
                    continue
                else:
                    raise TypeError('keys must be str, int, float, bool or None, not %s'
                                    % (key.__class__.__name__,))
                if first:
                    first = False
                else:
                    append(sep)
                append(encode_str(key))
                append(key_separator)
                enc(value, level)
            if indent is not None:
                level -= 1
                append('\n' + indent * level)
            append('}')
            if markers is not None:
                del markers[mid]

        def enc(o, level):
            if isinstance(o, str):
                append(encode_str(o))
            elif o is None:
                append('null')
            elif o is True:
                append('true')
            elif o is False:
                append('false')
            elif isinstance(o, int):
                append(int_repr(o))
            elif isinstance(o, float):
                append(floatstr(o))
            elif isinstance(o, (list, tuple)):
                enc_list(o, level)
            elif isinstance(o, dict):
                enc_dict(o, level)
            else:
                if markers is not None:
                    mid = id(o)
                    if mid in markers:
                        raise ValueError('Circular reference detected')
                    markers[mid] = o
                enc(default(o), level)
                if markers is not None:
                    del markers[mid]

        enc(o, 0)
        return out
