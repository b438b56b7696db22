"""Character predicates for classes and categories (\\d \\w \\s ...)."""

_ASCII_DIGITS = frozenset("0123456789")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_SPACE = frozenset(" \t\n\r\f\v")


def _u_digit(c):
    return c.isdecimal()


def _u_word(c):
    return c.isalnum() or c == "_"


def _u_space(c):
    return c.isspace()


def _a_digit(c):
    return c in _ASCII_DIGITS


def _a_word(c):
    return c in _ASCII_WORD


def _a_space(c):
    return c in _ASCII_SPACE


_CATS = {
    ("d", False): _u_digit, ("w", False): _u_word, ("s", False): _u_space,
    ("d", True): _a_digit, ("w", True): _a_word, ("s", True): _a_space,
}
_NEG_CATS = {}


def category(letter, ascii_):
    """Predicate for \\d \\w \\s (and the negated upper-case forms)."""
    key = (letter, ascii_)
    f = _NEG_CATS.get(key)
    if f is not None:
        return f
    if letter.islower():
        f = _CATS[key]
    else:
        pos = _CATS[(letter.lower(), ascii_)]

        def f(c, pos=pos):
            return not pos(c)
    _NEG_CATS[key] = f
    return f


def is_word(c, ascii_):
    if ascii_:
        return c in _ASCII_WORD
    return c.isalnum() or c == "_"


def make_set(chars, ranges, cats, negate, icase):
    """Build a predicate for a [...] class."""
    if icase:
        more = []
        for c in chars:
            more.append(c.lower())
            more.append(c.upper())
        chars = chars + [c for c in more if len(c) == 1]
    cs = frozenset(chars)
    if not ranges and not cats:
        if negate:
            return lambda c: c not in cs
        return lambda c: c in cs
    rs = tuple(ranges)

    def test(c):
        if c in cs:
            return True
        for lo, hi in rs:
            if lo <= c <= hi:
                return True
        if icase and rs:
            for alt in (c.lower(), c.upper()):
                if len(alt) == 1 and alt != c:
                    for lo, hi in rs:
                        if lo <= alt <= hi:
                            return True
        for f in cats:
            if f(c):
                return True
        return False

    if negate:
        return lambda c: not test(c)
    return test


_TABLES = {}


def ascii_table(pred):
    """(chars pred accepts, chars it rejects) among ASCII, as strings; cached."""
    t = _TABLES.get(pred)
    if t is None:
        yes = []
        no = []
        for o in range(128):
            c = chr(o)
            if pred(c):
                yes.append(c)
            else:
                no.append(c)
        t = ("".join(yes), "".join(no))
        _TABLES[pred] = t
    return t


def scan_while(s, i, limit, pred, table):
    """First index >= i (and <= limit) where pred fails."""
    start = i
    while i < limit:
        if not pred(s[i]):
            return i
        i += 1
        if i - start >= 8:
            break
    else:
        return i
    chars = table[0]
    size = 32
    while i < limit:
        j = i + size
        if j > limit:
            j = limit
        rest = s[i:j].lstrip(chars)
        i = j - len(rest)
        if rest:
            if pred(rest[0]):
                i += 1
            else:
                return i
        if size < 4096:
            size += size
    return limit


def scan_until(s, i, limit, pred, table):
    """First index >= i where pred holds, or limit."""
    start = i
    while i < limit:
        if pred(s[i]):
            return i
        i += 1
        if i - start >= 8:
            break
    else:
        return i
    chars = table[1]
    size = 32
    while i < limit:
        j = i + size
        if j > limit:
            j = limit
        rest = s[i:j].lstrip(chars)
        i = j - len(rest)
        if rest:
            if pred(rest[0]):
                return i
            i += 1
        if size < 4096:
            size += size
    return limit
