"""RegexFlag: an int subclass with CPython's repr/str and flag arithmetic."""

_NAMES = (
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (128, "TEMPLATE"),
    (1, "DEBUG"),
)
_ORDER = (256, 2, 4, 32, 8, 16, 64, 128, 1)
# order used by Pattern.__repr__
PATTERN_ORDER = (128, 2, 4, 8, 16, 32, 64, 256, 1)
_BY_VALUE = {v: n for v, n in _NAMES}


class RegexFlag(int):
    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v in _BY_VALUE:
            return _BY_VALUE[v]
        if v == 0:
            return "NOFLAG"
        parts = [_BY_VALUE[b] for b in _ORDER if v & b]
        return "|".join(parts) if parts else None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return self._spell(_ORDER)

    def _spell(self, order):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "~" + repr(RegexFlag(~v))
        parts = []
        for b in order:
            if v & b:
                parts.append("re." + _BY_VALUE[b])
                v &= ~b
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(128)
DEBUG = RegexFlag(1)
