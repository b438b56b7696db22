"""Regular expressions for Smolder, written in pure Python.

Supports CPython 3.11's `re` syntax for str patterns (see the package's
private modules: _parser builds a tree, _compiler flattens it into a
program, _matcher runs it with an explicit backtracking stack).
"""

from ._error import error, PatternError
from ._flags import (RegexFlag, NOFLAG, A, ASCII, I, IGNORECASE, L, LOCALE,
                     U, UNICODE, M, MULTILINE, S, DOTALL, X, VERBOSE, T,
                     TEMPLATE, DEBUG)
from ._objects import Pattern, Match
from . import _parser
from . import _compiler

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "template", "escape", "error",
           "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise NotImplementedError("bytes patterns are not supported by Smolder's re")
        raise TypeError("first argument must be string or compiled pattern")
    parsed = _parser.parse(pattern, flags)
    allflags = parsed.flags
    if not (allflags & ASCII):
        allflags |= UNICODE
    code = _compiler.compile_tree(parsed)
    p = Pattern(pattern, allflags, parsed, code)
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL_CHARS:
            out.append(92)
        out.append(b)
    return bytes(out)
