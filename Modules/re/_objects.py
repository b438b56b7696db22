"""Pattern and Match objects."""

from . import _matcher
from . import _template
from ._flags import RegexFlag, PATTERN_ORDER
from ._error import error

_UNICODE = 32


def _clamp(pos, endpos, n):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Match:
    __slots__ = ("_pattern", "string", "pos", "endpos", "_spans", "lastindex",
                 "_regs")

    def __init__(self, pattern, string, pos, endpos, found):
        start, end, regs = found
        self._pattern = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        spans = [(start, end)]
        for g in range(1, pattern.groups + 1):
            a = regs[2 * g]
            b = regs[2 * g + 1]
            spans.append((a, b) if a >= 0 and b >= 0 else (-1, -1))
        self._spans = spans
        li = regs[2 * (pattern.groups + 1)]
        self.lastindex = li if li >= 0 else None

    @property
    def re(self):
        return self._pattern

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, idx in self._pattern.groupindex.items():
            if idx == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self._spans)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self._pattern.groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, str):
            idx = self._pattern.groupindex.get(g)
            if idx is not None:
                return idx
            raise IndexError("no such group")
        if hasattr(g, "__index__"):
            try:
                return self._index(g.__index__())
            except TypeError:
                pass
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a, b = self._spans[self._index(g)]
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(a) for a in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self._pattern.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default)
                for name, idx in self._pattern.groupindex.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    def expand(self, template):
        parts = _template.parse_template(template, self._pattern.groups,
                                         self._pattern.groupindex)
        return _template.expand(parts, self)

    def __bool__(self):
        return True

    def __repr__(self):
        a, b = self._spans[0]
        return "<re.Match object; span=(%d, %d), match=%r>" % (a, b, self.string[a:b])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Pattern:
    __slots__ = ("pattern", "flags", "groups", "groupindex", "_code")

    def __init__(self, pattern, flags, parsed, code):
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = parsed.groups
        self.groupindex = dict(parsed.groupindex)
        self._code = code

    def _check(self, string):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _clamp(pos, endpos, len(string))
        found = _matcher.search(self._code, string, pos, endpos, False)
        return Match(self, string, pos, endpos, found) if found else None

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _clamp(pos, endpos, len(string))
        if pos > endpos:
            return None
        found = _matcher.match(self._code, string, pos, endpos, False)
        return Match(self, string, pos, endpos, found) if found else None

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _clamp(pos, endpos, len(string))
        if pos > endpos:
            return None
        found = _matcher.match(self._code, string, pos, endpos, True)
        return Match(self, string, pos, endpos, found) if found else None

    def _iter_found(self, string, pos, endpos):
        code = self._code
        must_advance = False
        while pos <= endpos:
            found = _matcher.search(code, string, pos, endpos, must_advance)
            if found is None:
                return
            yield found
            must_advance = found[1] == found[0]
            pos = found[1]

    def finditer(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _clamp(pos, endpos, len(string))
        for found in self._iter_found(string, pos, endpos):
            yield Match(self, string, pos, endpos, found)

    def findall(self, string, pos=0, endpos=None):
        self._check(string)
        pos, endpos = _clamp(pos, endpos, len(string))
        out = []
        ng = self.groups
        for start, end, regs in self._iter_found(string, pos, endpos):
            if ng == 0:
                out.append(string[start:end])
            elif ng == 1:
                a, b = regs[2], regs[3]
                out.append(string[a:b] if a >= 0 and b >= 0 else "")
            else:
                item = []
                for g in range(1, ng + 1):
                    a, b = regs[2 * g], regs[2 * g + 1]
                    item.append(string[a:b] if a >= 0 and b >= 0 else "")
                out.append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        count = 0
        ng = self.groups
        n = len(string)
        for start, end, regs in self._iter_found(string, 0, n):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(string[last:start])
            for g in range(1, ng + 1):
                a, b = regs[2 * g], regs[2 * g + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = end
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            func = repl
            parts = None
        else:
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
            func = None
            if "\\" in repl:
                parts = _template.parse_template(repl, self.groups, self.groupindex)
            else:
                parts = [repl] if repl else []
        simple = func is None and all(p.__class__ is str for p in parts)
        literal = "".join(parts) if simple else None
        out = []
        last = 0
        n = 0
        length = len(string)
        for found in self._iter_found(string, 0, length):
            if count > 0 and n >= count:
                break
            start, end = found[0], found[1]
            out.append(string[last:start])
            if simple:
                out.append(literal)
            else:
                m = Match(self, string, 0, length, found)
                if func is not None:
                    r = func(m)
                    if r is not None:
                        out.append(r)
                else:
                    out.append(_template.expand(parts, m))
            last = end
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")

    def __repr__(self):
        flags = self.flags & ~_UNICODE
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if flags:
            return "re.compile(%s, %s)" % (r, RegexFlag(flags)._spell(PATTERN_ORDER))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
