"""Replacement templates for sub()/subn()/Match.expand()."""

from ._error import error

_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
        "v": "\v", "\\": "\\"}
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"


def parse_template(repl, groups, groupindex):
    """Return a list whose items are literal strings or group numbers (ints)."""
    parts = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        j = repl.find("\\", i)
        if j < 0:
            lit.append(repl[i:])
            break
        lit.append(repl[i:j])
        start = j
        i = j + 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = repl[i]
        i += 1
        if c == "g":
            if i >= n or repl[i] != "<":
                raise error("missing <", repl, i)
            k = repl.find(">", i + 1)
            if k < 0:
                if i + 1 >= n:
                    raise error("missing group name", repl, i + 1)
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:k]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > groups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            elif name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = groupindex[name]
            else:
                raise error("bad character in group name %r" % name, repl, i + 1)
            i = k + 1
            _flush(parts, lit)
            parts.append(g)
        elif c == "0":
            k = i
            while k < n and k < i + 2 and repl[k] in _OCT:
                k += 1
            lit.append(chr(int(repl[i - 1:k], 8)))
            i = k
        elif c in _DIGITS:
            if (c in _OCT and i + 1 < n and repl[i] in _OCT and repl[i + 1] in _OCT):
                val = int(repl[i - 1:i + 2], 8)
                if val > 0o377:
                    raise error("octal escape value %s outside of range 0-0o377"
                                % repl[start:i + 2], repl, start)
                lit.append(chr(val))
                i += 2
                continue
            k = i
            if k < n and repl[k] in _DIGITS:
                k += 1
            g = int(repl[i - 1:k])
            if g > groups:
                raise error("invalid group reference %d" % g, repl, start + 1)
            i = k
            _flush(parts, lit)
            parts.append(g)
        elif c in _ESC:
            lit.append(_ESC[c])
        elif c in _LETTERS:
            raise error("bad escape %s" % repl[start:i], repl, start)
        else:
            lit.append("\\" + c)
    _flush(parts, lit)
    return parts


def _flush(parts, lit):
    if lit:
        s = "".join(lit)
        if s:
            parts.append(s)
        del lit[:]


def expand(parts, match):
    out = []
    for p in parts:
        if p.__class__ is int:
            v = match.group(p)
            if v is not None:
                out.append(v)
        else:
            out.append(p)
    return "".join(out)
