"""A collection of string constants and classes.

Constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation, printable.
Classes: Template ($-substitution) and Formatter (str.format machinery).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word with
    str.capitalize, and join them with sep (a single space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# --- Template --------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_ESCAPED, _NAMED, _BRACED, _INVALID = range(4)


class _ChainLookup:
    """Keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, text, i):
        """End of the identifier starting at i, or i if there is none."""
        n = len(text)
        if i < n and text[i] in _ID_START:
            i += 1
            while i < n and text[i] in _ID_CHARS:
                i += 1
        return i

    def _scan(self):
        """Yield (literal, kind, name, start, end) pieces of the template;
        kind is None for the trailing literal."""
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        literal_start = 0
        while True:
            i = text.find(delim, pos)
            if i < 0 or not delim:
                yield (text[literal_start:], None, None, len(text), len(text))
                return
            j = i + dlen
            if text.startswith(delim, j):
                kind, name, end = _ESCAPED, None, j + dlen
            else:
                k = self._identifier_end(text, j)
                if k > j:
                    kind, name, end = _NAMED, text[j:k], k
                elif text.startswith('{', j):
                    k = self._identifier_end(text, j + 1)
                    if k > j + 1 and text.startswith('}', k):
                        kind, name, end = _BRACED, text[j + 1:k], k + 1
                    else:
                        kind, name, end = _INVALID, None, j
                else:
                    kind, name, end = _INVALID, None, j
            yield (text[literal_start:i], kind, name, i, end)
            pos = literal_start = end

    def _invalid(self, i):
        text = self.template
        lines = (text[:i] + 'x').splitlines(True)
        lineno = len(lines)
        colno = i - len(''.join(lines[:-1])) + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _NO_MAPPING
        lookup = self._mapping(mapping, kws)
        out = []
        for literal, kind, name, start, end in self._scan():
            out.append(literal)
            if kind is None:
                break
            if kind == _ESCAPED:
                out.append(self.delimiter)
            elif kind == _INVALID:
                self._invalid(start)
            else:
                out.append('%s' % (lookup[name],))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = _NO_MAPPING
        lookup = self._mapping(mapping, kws)
        out = []
        text = self.template
        for literal, kind, name, start, end in self._scan():
            out.append(literal)
            if kind is None:
                break
            if kind == _ESCAPED:
                out.append(self.delimiter)
            elif kind == _INVALID:
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (lookup[name],))
                except KeyError:
                    out.append(text[start:end])
        return ''.join(out)

    def is_valid(self):
        for literal, kind, name, start, end in self._scan():
            if kind == _INVALID:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for literal, kind, name, start, end in self._scan():
            if (kind == _NAMED or kind == _BRACED) and name not in ids:
                ids.append(name)
        return ids


_NO_MAPPING = {}


# --- Formatter ---------------------------------------------------------------

def _split_field_name(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit strings become ints."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif c == '[':
            j = field_name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[i + 1] == '{':
            literal.append('{')
            yield (''.join(literal), None, None, None)
            literal = []
            i += 2
            continue
        # The field name runs to ':', '!' or '}'; brackets hide those.
        j = i + 1
        while j < n and s[j] not in ':!}':
            if s[j] == '[':
                while j < n and s[j] != ']':
                    j += 1
                if j >= n:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        spec = ''
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        yield (''.join(literal), name, spec, conversion)
        literal = []
        i = j + 1
    if literal:
        yield (''.join(literal), None, None, None)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
