"""Parse a pattern string into a small tree of tuples.

Node shapes (first item is the kind):
  (LIT, ch, icase)             one character
  (ANY, dotall)                '.'
  (SET, pred, icase)           a character class / category; pred(ch) -> bool
  (AT, kind)                   anchors: 'A' 'Z' '^' '$' '^m' '$m' 'b' 'B' 'ba' 'Ba'
  (SEQ, [nodes])
  (ALT, [nodes])
  (GROUP, index, node)         capturing group
  (REP, min, max, greedy, node)   max None = unbounded
  (BACKREF, index, icase)
  (LOOK, behind, negate, node)
  (COND, index, yes, no)
"""

from ._error import error
from . import _charsets

LIT, ANY, SET, AT, SEQ, ALT, GROUP, REP, BACKREF, LOOK, COND = range(11)

F_I, F_L, F_M, F_S, F_U, F_X, F_A = 2, 4, 8, 16, 32, 64, 256
_FLAG_LETTERS = {"i": F_I, "L": F_L, "m": F_M, "s": F_S, "x": F_X, "a": F_A, "u": F_U}

_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"
_HEX = "0123456789abcdefABCDEF"
_MAXREPEAT = 4294967295
_MAXGROUPS = 2147483647


class Parsed:
    __slots__ = ("tree", "flags", "groups", "groupindex")


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 1          # next group number (group 0 is the match)
        self.groupindex = {}
        self.open_groups = []
        self.closed = set()
        self.global_on = 0

    # -- helpers ------------------------------------------------------
    def err(self, msg, pos):
        raise error(msg, self.p, pos)

    def skip_verbose(self, flags):
        p, n = self.p, self.n
        while self.i < n:
            c = p[self.i]
            if c in " \t\n\r\v\f":
                self.i += 1
            elif c == "#":
                j = p.find("\n", self.i)
                self.i = n if j < 0 else j + 1
            else:
                break

    # -- grammar ------------------------------------------------------
    def parse_alt(self, flags, depth):
        start = self.i
        branches = [self.parse_seq(flags, depth)]
        while self.i < self.n and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.parse_seq(flags, depth))
        if len(branches) == 1:
            return branches[0]
        return (ALT, branches)

    def parse_seq(self, flags, depth):
        items = []
        p, n = self.p, self.n
        if depth == 0:
            flags |= self.global_on
        while True:
            if flags & F_X:
                self.skip_verbose(flags)
            if self.i >= n:
                break
            c = p[self.i]
            if c == "|":
                break
            if c == ")":
                if depth == 0:
                    self.err("unbalanced parenthesis", self.i)
                break
            here = self.i
            if c in "*+?{":
                rep = self.parse_repeat(flags) if c == "{" else None
                if c != "{" or rep is not None:
                    self.err("nothing to repeat", here)
            atom = self.parse_atom(flags, depth)
            if atom is None:
                continue
            if isinstance(atom, tuple) and atom[0] == -1:
                # global flag group handled; new flags returned
                flags |= atom[1]
                continue
            # quantifiers
            while True:
                if flags & F_X:
                    self.skip_verbose(flags)
                if self.i >= n:
                    break
                qpos = self.i
                rep = self.parse_repeat(flags)
                if rep is None:
                    break
                lo, hi = rep
                greedy = True
                if self.i < n and p[self.i] == "?":
                    greedy = False
                    self.i += 1
                if atom[0] == AT or (atom[0] == LOOK):
                    if atom[0] == AT:
                        self.err("nothing to repeat", qpos)
                if atom[0] == REP and len(atom) == 6:
                    self.err("multiple repeat", qpos)
                if _is_empty_group(atom):
                    self.err("nothing to repeat", qpos)
                atom = (REP, lo, hi, greedy, atom, True)
                if self.i < n and p[self.i] in "*+?{":
                    if p[self.i] != "{" or self._peek_repeat():
                        self.err("multiple repeat", self.i)
            if atom[0] == REP and len(atom) == 6:
                atom = atom[:5]
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return (SEQ, items)

    def _peek_repeat(self):
        save = self.i
        try:
            return self.parse_repeat(0) is not None
        finally:
            self.i = save

    def parse_repeat(self, flags):
        p, n, i = self.p, self.n, self.i
        c = p[i]
        if c == "*":
            self.i = i + 1
            return (0, None)
        if c == "+":
            self.i = i + 1
            return (1, None)
        if c == "?":
            self.i = i + 1
            return (0, 1)
        if c != "{":
            return None
        j = i + 1
        k = j
        while k < n and p[k] in _DIGITS:
            k += 1
        lo_s = p[j:k]
        if k < n and p[k] == "}":
            if not lo_s:
                return None
            hi_s = lo_s
            end = k + 1
        elif k < n and p[k] == ",":
            m = k + 1
            while m < n and p[m] in _DIGITS:
                m += 1
            if m >= n or p[m] != "}":
                return None
            hi_s = p[k + 1:m]
            end = m + 1
            hi_s = hi_s if hi_s else None
        else:
            return None
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s is not None else None
        if lo > _MAXREPEAT or (hi is not None and hi > _MAXREPEAT):
            self.err("the repetition number is too large", j)
        if hi is not None and lo > hi:
            self.err("min repeat greater than max repeat", j)
        self.i = end
        return (lo, hi)

    def parse_atom(self, flags, depth):
        p, n = self.p, self.n
        c = p[self.i]
        start = self.i
        self.i += 1
        if c == ".":
            return (ANY, bool(flags & F_S))
        if c == "^":
            return (AT, "^m" if flags & F_M else "^")
        if c == "$":
            return (AT, "$m" if flags & F_M else "$")
        if c == "[":
            return self.parse_class(flags, start)
        if c == "\\":
            return self.parse_escape(flags, start)
        if c == "(":
            return self.parse_group(flags, depth, start)
        return (LIT, c, bool(flags & F_I))

    def parse_escape(self, flags, start):
        p, n = self.p, self.n
        if self.i >= n:
            self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        ascii_ = bool(flags & F_A)
        icase = bool(flags & F_I)
        if c in "dDwWsS":
            return (SET, _charsets.category(c, ascii_), False)
        if c == "A":
            return (AT, "A")
        if c == "Z":
            return (AT, "Z")
        if c == "b":
            return (AT, "ba" if ascii_ else "b")
        if c == "B":
            return (AT, "Ba" if ascii_ else "B")
        if c in _DIGITS:
            if c == "0":
                val = self._octal(start, 1, 2)
                return (LIT, chr(val), icase)
            # three octal digits -> octal escape
            if (c in _OCT and self.i + 1 < n and p[self.i] in _OCT
                    and p[self.i + 1] in _OCT):
                val = int(p[self.i - 1:self.i + 2], 8)
                self.i += 2
                if val > 0o377:
                    self.err("octal escape value %s outside of range 0-0o377"
                             % p[start:self.i], start)
                return (LIT, chr(val), icase)
            j = self.i
            if j < n and p[j] in _DIGITS:
                j += 1
            self.i = j
            num = int(p[start + 1:j])
            if num >= self.groups:
                self.err("invalid group reference %d" % num, start + 1)
            if num not in self.closed:
                self.err("cannot refer to an open group", start)
            return (BACKREF, num, icase)
        ch = self._char_escape(c, start)
        return (LIT, ch, icase)

    def _octal(self, start, have, more):
        p, n = self.p, self.n
        j = self.i
        while more and j < n and p[j] in _OCT:
            j += 1
            more -= 1
        val = int(p[start + 1:j], 8)
        self.i = j
        return val

    def _char_escape(self, c, start):
        """Escapes that stand for one character (outside and inside classes)."""
        p, n = self.p, self.n
        if c in _SIMPLE_ESCAPES and c != "b":
            return _SIMPLE_ESCAPES[c]
        if c in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[c]
            j = self.i
            while j < n and j < self.i + size and p[j] in _HEX:
                j += 1
            if j - self.i != size:
                self.err("incomplete escape %s" % p[start:j], start)
            val = int(p[self.i:j], 16)
            self.i = j
            if val > 0x10FFFF:
                self.err("bad escape %s" % p[start:j], start)
            return chr(val)
        if c in _ASCII_LETTERS or c in _DIGITS:
            self.err("bad escape %s" % p[start:self.i], start)
        return c

    def parse_class(self, flags, start):
        p, n = self.p, self.n
        negate = False
        if self.i < n and p[self.i] == "^":
            negate = True
            self.i += 1
        chars = []
        ranges = []
        cats = []
        first = True
        ascii_ = bool(flags & F_A)
        while True:
            if self.i >= n:
                self.err("unterminated character set", start)
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_pos = self.i
            lo, cat = self._class_item(ascii_)
            if (self.i + 1 < n and p[self.i] == "-" and p[self.i + 1] != "]"):
                self.i += 1
                hi_pos = self.i
                hi, hcat = self._class_item(ascii_)
                if cat is not None or hcat is not None:
                    self.err("bad character range %s" % p[item_pos:self.i], item_pos)
                if ord(hi) < ord(lo):
                    self.err("bad character range %s" % p[item_pos:self.i], item_pos)
                ranges.append((lo, hi))
            elif cat is not None:
                cats.append(cat)
            else:
                chars.append(lo)
        pred = _charsets.make_set(chars, ranges, cats, negate, bool(flags & F_I))
        return (SET, pred, False)

    def _class_item(self, ascii_):
        p, n = self.p, self.n
        start = self.i
        c = p[self.i]
        self.i += 1
        if c != "\\":
            return c, None
        if self.i >= n:
            self.err("unterminated character set", start)  # pragma: matches end
        c = p[self.i]
        self.i += 1
        if c in "dDwWsS":
            return None, _charsets.category(c, ascii_)
        if c == "b":
            return "\b", None
        if c in _DIGITS:
            if c in _OCT:
                j = self.i
                while j < n and j < self.i + 2 and p[j] in _OCT:
                    j += 1
                val = int(p[self.i - 1:j], 8)
                if val > 0o377:
                    self.err("octal escape value %s outside of range 0-0o377"
                             % p[start:j], start)
                self.i = j
                return chr(val), None
            self.err("bad escape %s" % p[start:self.i], start)
        return self._char_escape(c, start), None

    def group_name(self, terminator, start):
        p, n = self.p, self.n
        j = p.find(terminator, self.i)
        if j < 0:
            self.err("missing %s, unterminated name" % terminator, self.i)
        name = p[self.i:j]
        if not name:
            self.err("missing group name", self.i)
        return name, j

    def parse_group(self, flags, depth, start):
        p, n = self.p, self.n
        capture = True
        name = None
        sub_flags = flags
        if self.i < n and p[self.i] == "?":
            self.i += 1
            if self.i >= n:
                self.err("unexpected end of pattern", self.i)
            c = p[self.i]
            self.i += 1
            if c == ":":
                capture = False
            elif c == "#":
                j = p.find(")", self.i)
                if j < 0:
                    self.err("missing ), unterminated comment", start)
                self.i = j + 1
                return None
            elif c == "P":
                if self.i >= n:
                    self.err("unexpected end of pattern", self.i)
                c2 = p[self.i]
                self.i += 1
                if c2 == "<":
                    name, j = self.group_name(">", start)
                    if not name.isidentifier():
                        self.err("bad character in group name %r" % name, self.i)
                    if name in self.groupindex:
                        self.err("redefinition of group name %r as group %d; was group %d"
                                 % (name, self.groups, self.groupindex[name]), self.i)
                    self.i = j + 1
                elif c2 == "=":
                    name, j = self.group_name(")", start)
                    if not name.isidentifier():
                        self.err("bad character in group name %r" % name, self.i)
                    if name not in self.groupindex:
                        self.err("unknown group name %r" % name, self.i)
                    gi = self.groupindex[name]
                    if gi not in self.closed:
                        self.err("cannot refer to an open group", self.i)
                    self.i = j + 1
                    return (BACKREF, gi, bool(flags & F_I))
                else:
                    self.err("unknown extension ?P%s" % c2, self.i - 2)
            elif c in "=!":
                node = self._sub(flags, depth, start)
                return (LOOK, False, c == "!", node)
            elif c == "<":
                if self.i >= n:
                    self.err("unexpected end of pattern", self.i)
                c2 = p[self.i]
                self.i += 1
                if c2 not in "=!":
                    self.err("unknown extension ?<%s" % c2, self.i - 3)
                node = self._sub(flags, depth, start)
                w = _width(node)
                if w is None:
                    raise error("look-behind requires fixed-width pattern")
                return (LOOK, True, c2 == "!", node, w)
            elif c == "(":
                j = p.find(")", self.i)
                if j < 0:
                    self.err("missing ), unterminated name", self.i)
                ref = p[self.i:j]
                if not ref:
                    self.err("missing group name", self.i)
                if ref.isdigit() and ref.isascii():
                    gi = int(ref)
                    if gi == 0:
                        self.err("bad group number", self.i)
                    if gi >= self.groups:
                        self.err("invalid group reference %d" % gi, self.i)
                elif ref.isidentifier():
                    if ref not in self.groupindex:
                        self.err("unknown group name %r" % ref, self.i)
                    gi = self.groupindex[ref]
                else:
                    self.err("bad character in group name %r" % ref, self.i)
                self.i = j + 1
                yes = self.parse_seq(flags, depth + 1)
                no = None
                if self.i < n and p[self.i] == "|":
                    self.i += 1
                    no = self.parse_seq(flags, depth + 1)
                    if self.i < n and p[self.i] == "|":
                        self.err("conditional backref with more than two branches", self.i)
                if self.i >= n:
                    self.err("missing ), unterminated subpattern", start)
                self.i += 1
                return (COND, gi, yes, no)
            elif c in _FLAG_LETTERS or c == "-":
                return self.parse_flags(flags, depth, start, c)
            else:
                self.err("unknown extension ?%s" % c, self.i - 2)
        if capture:
            gi = self.groups
            self.groups += 1
            if name is not None:
                self.groupindex[name] = gi
            node = self._sub(flags, depth, start)
            self.closed.add(gi)
            return (GROUP, gi, node)
        node = self._sub(sub_flags, depth, start)
        return node if node[0] != SEQ or node[1] else (SEQ, [])

    def _sub(self, flags, depth, start):
        node = self.parse_alt(flags, depth + 1)
        if self.i >= self.n or self.p[self.i] != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return node

    def parse_flags(self, flags, depth, start, c):
        p, n = self.p, self.n
        on = 0
        off = 0
        self.i -= 1
        while self.i < n and p[self.i] in _FLAG_LETTERS:
            on |= _FLAG_LETTERS[p[self.i]]
            self.i += 1
        if self.i >= n:
            self.err("missing -, : or )", self.i)
        if p[self.i] == ")":
            # global flags
            self.i += 1
            if start != 0 and not self._only_flags_before(start):
                self.err("global flags not at the start of the expression", start)
            self.flags |= on
            self.global_on |= on
            return (-1, on)
        if p[self.i] == "-":
            self.i += 1
            while self.i < n and p[self.i] in _FLAG_LETTERS:
                f = _FLAG_LETTERS[p[self.i]]
                self.i += 1
                if f in (F_A, F_L, F_U):
                    self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i - 1)
                if f & on:
                    self.err("bad inline flags: flag turned on and off", self.i)
                off |= f
            if self.i >= n:
                self.err("missing :", self.i)
            if p[self.i] != ":":
                if p[self.i] == ")" or p[self.i] in _ASCII_LETTERS:
                    self.err("missing :", self.i)
                self.err("unknown flag", self.i)
        elif p[self.i] != ":":
            if p[self.i] in _ASCII_LETTERS:
                self.err("unknown flag", self.i)
            self.err("missing -, : or )", self.i)
        self.i += 1
        sub = (flags | on) & ~off
        if on & F_A:
            sub &= ~F_U
        node = self.parse_alt(sub, depth + 1)
        if self.i >= n or p[self.i] != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return node

    def _only_flags_before(self, start):
        # CPython allows several global flag groups in a row at the start.
        p = self.p
        i = 0
        while i < start:
            if p.startswith("(?", i):
                j = i + 2
                while j < start and p[j] in _FLAG_LETTERS:
                    j += 1
                if j < start and p[j] == ")" and j > i + 2:
                    i = j + 1
                    continue
            return False
        return True


def _is_empty_group(node):
    return False


def _width(node):
    """Fixed width of a node, or None if it can vary."""
    k = node[0]
    if k in (LIT, ANY, SET):
        return 1
    if k in (AT, LOOK):
        return 0
    if k == SEQ:
        total = 0
        for it in node[1]:
            w = _width(it)
            if w is None:
                return None
            total += w
        return total
    if k == ALT:
        ws = [_width(b) for b in node[1]]
        if None in ws or min(ws) != max(ws):
            return None
        return ws[0]
    if k == GROUP:
        return _width(node[2])
    if k == REP:
        if node[1] != node[2]:
            return None
        w = _width(node[4])
        return None if w is None else w * node[1]
    if k == COND:
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else 0
        return a if a == b else None
    return None  # backreferences


def parse(pattern, flags):
    if flags & F_U and flags & F_A:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    ps = _Parser(pattern, flags)
    if flags & F_X or pattern.startswith("(?"):
        pass
    tree = ps.parse_alt(flags, 0)
    if ps.i < ps.n:
        ps.err("unbalanced parenthesis", ps.i)
    res = Parsed()
    res.tree = tree
    res.flags = ps.flags
    res.groups = ps.groups - 1
    res.groupindex = ps.groupindex
    return res
