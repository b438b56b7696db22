"""JSON decoding for Smolder (JSONDecoder, JSONDecodeError, scanstring)."""

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    'b': '\b',
    'f': '\f',
    'n': '\n',
    'r': '\r',
    't': '\t',
}

_HEX = '0123456789abcdefABCDEF'
_WS = ' \t\n\r'
_DIGITS = '0123456789'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with these extra attributes:

    msg: the unformatted error message
    doc: the JSON document being parsed
    pos: the start index of doc where parsing failed
    lineno: the line corresponding to pos
    colno: the column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _hex4(s, i):
    """Value of the 4 hex digits at s[i:i+4], or -1 when they are not valid.

    Like CPython, the digits must not be the very end of the document.
    """
    if i + 4 >= len(s):
        return -1
    h = s[i:i + 4]
    for c in h:
        if c not in _HEX:
            return -1
    return int(h, 16)


def py_scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end - 1].

    Returns (str, index just after the closing quote).
    """
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        q = s.find('"', end)
        if q < 0:
            q = n
        b = s.find('\\', end, q)
        stop = q if b < 0 else b
        if stop > end:
            chunk = s[end:stop]
            if strict and not chunk.isprintable():
                k = end
                for c in chunk:
                    if c < ' ':
                        raise JSONDecodeError('Invalid control character at', s, k)
                    k += 1
            append(chunk)
        if stop >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if stop == q:
            return ''.join(chunks), q + 1
        # backslash escape at stop
        if stop + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[stop + 1]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            append(ch)
            end = stop + 2
            continue
        uni = _hex4(s, stop + 2)
        if uni < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, stop + 1)
        end = stop + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))


scanstring = py_scanstring


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def py_make_scanner(context):
    """Build a scan_once(string, idx) -> (value, end) function for a decoder.

    Raises StopIteration(idx) when no JSON value starts at idx.
    """
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = context.memo

    def scan_number(s, idx, n):
        i = idx
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(idx)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return parse_float(text), i
        return parse_int(text), i

    def scan_object(s, idx):
        # idx is just after '{'
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] == '}':
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), idx + 1
            result = {}
            if object_hook is not None:
                result = object_hook(result)
            return result, idx + 1
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, idx)
            key, idx = parse_string(s, idx + 1, strict)
            key = memo.setdefault(key, key)
            idx = _skip_ws(s, idx, n)
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
            try:
                value, idx = scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == '}':
                idx += 1
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, idx

    def scan_array(s, idx):
        # idx is just after '['
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            idx = _skip_ws(s, idx, n)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1, n)

    def scan_once(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return parse_string(s, idx + 1, strict)
        if c == '{':
            return scan_object(s, idx + 1)
        if c == '[':
            return scan_array(s, idx + 1)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        elif c == '-' or c in _DIGITS:
            if c == '-' and s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
            return scan_number(s, idx, n)
        raise StopIteration(idx)

    def scan(s, idx):
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scan


make_scanner = py_make_scanner


class JSONDecoder(object):
    """Simple JSON decoder.

    object_hook, object_pairs_hook, parse_float, parse_int and parse_constant
    customise how values are built; strict=False allows control characters
    inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s):
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
