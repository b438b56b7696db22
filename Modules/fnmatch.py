"""Unix shell-style filename matching (fnmatch), written for Smolder.

Patterns: `*` matches anything, `?` any single character, `[seq]` any
character in seq (ranges like a-z allowed), `[!seq]` any character not in
seq. Matching is done by a small backtracking matcher (no `re` needed);
translate() still returns the regular expression text CPython produces.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Token kinds
_LIT = 0     # (0, char)
_ANY = 1     # (1,)
_STAR = 2    # (2,)
_SET = 3     # (3, negate, ranges, regex_text)

_cache = {}
_CACHE_MAX = 256

_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(text):
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _set_regex(stuff, negate, ranges):
    """Regex text for a bracket expression whose body (after any `!`) is
    `stuff` and whose parsed, non-empty ranges are `ranges`."""
    if "-" not in stuff:
        body = stuff.replace("\\", "\\\\")
    else:
        parts = []
        for lo, hi in ranges:
            lo_e = lo.replace("\\", "\\\\").replace("-", "\\-")
            if lo == hi:
                parts.append(lo_e)
            else:
                hi_e = hi.replace("\\", "\\\\").replace("-", "\\-")
                parts.append(lo_e + "-" + hi_e)
        body = "".join(parts)
    esc = []
    for ch in body:
        if ch in "&~|":
            esc.append("\\" + ch)
        else:
            esc.append(ch)
    body = "".join(esc)
    if negate:
        if not body:
            return "."
        return "[^" + body + "]"
    if not body:
        return "(?!)"
    if body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]"


def _parse_ranges(stuff):
    ranges = []
    k = 0
    n = len(stuff)
    while k < n:
        if k + 2 < n and stuff[k + 1] == "-":
            lo, hi = stuff[k], stuff[k + 2]
            if lo <= hi:
                ranges.append((lo, hi))
            k += 3
        else:
            ranges.append((stuff[k], stuff[k]))
            k += 1
    return ranges


def _parse(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR,))
        elif c == "?":
            tokens.append((_ANY,))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append((_LIT, "["))
            else:
                stuff = pat[i:j]
                negate = stuff[:1] == "!"
                if negate:
                    stuff = stuff[1:]
                ranges = _parse_ranges(stuff)
                tokens.append((_SET, negate, ranges,
                               _set_regex(stuff, negate, ranges)))
                i = j + 1
        else:
            tokens.append((_LIT, c))
    return tokens


def _compile(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        tokens = _parse(pat)
        _cache[pat] = tokens
    return tokens


def _one(tok, ch):
    kind = tok[0]
    if kind == _LIT:
        return tok[1] == ch
    if kind == _ANY:
        return True
    # _SET
    found = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            found = True
            break
    return found != tok[1]


def _match(tokens, name):
    ti = 0
    ni = 0
    nt = len(tokens)
    nn = len(name)
    star_ti = -1
    star_ni = 0
    while ni < nn:
        if ti < nt and tokens[ti][0] == _STAR:
            star_ti = ti
            star_ni = ni
            ti += 1
        elif ti < nt and _one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_ti >= 0:
            star_ni += 1
            ni = star_ni
            ti = star_ti + 1
        else:
            return False
    while ti < nt and tokens[ti][0] == _STAR:
        ti += 1
    return ti == nt


def _normcase(s):
    # POSIX: os.path.normcase leaves names unchanged.
    return s


def _check_str(name, pat):
    if isinstance(name, bytes) or isinstance(pat, bytes):
        if not (isinstance(name, bytes) and isinstance(pat, bytes)):
            raise TypeError("cannot use a bytes pattern on a string-like object"
                            if isinstance(pat, bytes) else
                            "cannot use a string pattern on a bytes-like object")
        return name.decode("latin-1"), pat.decode("latin-1")
    if not isinstance(pat, str):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(name).__name__)
    return name, pat


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    name, pat = _check_str(name, pat)
    return _match(_compile(pat), name)


def fnmatch(name, pat):
    """Test whether name matches pat (after normalising case the way the
    operating system does; on POSIX this is the same as fnmatchcase)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """Return the subset of the list names that match pat."""
    result = []
    pat = _normcase(pat)
    for name in names:
        if fnmatchcase(_normcase(name), pat):
            result.append(name)
    return result


def translate(pat):
    """Translate a shell pattern to a regular expression (returned as text)."""
    tokens = _parse(pat)
    pieces = []
    for tok in tokens:
        kind = tok[0]
        if kind == _STAR:
            pieces.append(None)
        elif kind == _ANY:
            pieces.append(".")
        elif kind == _LIT:
            pieces.append(_escape(tok[1]))
        else:
            pieces.append(tok[3])
    # Fixed part before the first star; between stars, atomic lazy groups;
    # the last star becomes a plain `.*` followed by the fixed tail.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        group = []
        while i < n and pieces[i] is not None:
            group.append(pieces[i])
            i += 1
        if i == n:
            out.append(".*")
            out.extend(group)
        else:
            out.append("(?>.*?" + "".join(group) + ")")
    return "(?s:" + "".join(out) + ")\\Z"
