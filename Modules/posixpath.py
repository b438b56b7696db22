"""Operations on POSIX path names (`os.path`), written for Smolder.

Works on str and bytes alike: each function picks its separators from the
type of its argument. File-system queries go straight to `posix`.
"""

import posix as _posix
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
           "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def fspath(path):
    """The str or bytes form of a path (str, bytes or os.PathLike)."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (kind.__name__, type(result).__name__))


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_args(function, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (function, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return fspath(s)


def isabs(s):
    s = fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    a = fspath(a)
    sep = _sep(a)
    try:
        parts = [fspath(x) for x in p]
    except TypeError:
        for x in (a,) + p:
            if not isinstance(x, (str, bytes)) and not hasattr(type(x), "__fspath__"):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, not %r"
                                % type(x).__name__) from None
        raise
    _check_args("join", a, *parts)
    path = a
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    start = p.rfind(sep) + 1
    dot_index = p.rfind(dot)
    if dot_index > start:
        # A leading run of dots in the name is not an extension.
        i = start
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = fspath(p)
    return p[:0], p


def basename(p):
    p = fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot, empty = b"/", b".", b"..", b""
    else:
        sep, dot, dotdot, empty = "/", ".", "..", ""
    if path == empty:
        return dot
    leading = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; one or three-plus collapse to one.
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    kept = []
    for part in path.split(sep):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if leading:
                continue
        kept.append(part)
    result = sep * leading + sep.join(kept)
    return result or dot


def abspath(path):
    path = fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return realpath(filename.decode("utf-8", "surrogateescape"), strict=strict).encode(
            "utf-8", "surrogateescape")
    if not isabs(filename):
        filename = join(_posix.getcwd(), filename)
    pending = filename.split("/")
    pending.reverse()
    resolved = "/"
    hops = 0
    while pending:
        part = pending.pop()
        if part == "" or part == ".":
            continue
        if part == "..":
            resolved = dirname(resolved) or "/"
            continue
        candidate = join(resolved, part)
        try:
            st = _posix.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            resolved = candidate
            continue
        hops += 1
        if hops > 40:
            if strict:
                raise OSError(40, "Too many levels of symbolic links", candidate)
            pending.reverse()
            return normpath(join(candidate, *pending)) if pending else candidate
        target = _posix.readlink(candidate)
        if target.startswith("/"):
            resolved = "/"
        more = target.split("/")
        more.reverse()
        pending.extend(more)
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = fspath(path)
    if isinstance(path, bytes):
        cur, sep, par = b".", b"/", b".."
    else:
        cur, sep, par = ".", "/", ".."
    if start is None:
        start = cur
    else:
        start = fspath(start)
    _check_args("relpath", path, start)
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    parts = [par] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return cur
    return sep.join(parts)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def commonpath(paths):
    paths = tuple(map(fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _check_args("commonpath", *paths)
    if isinstance(paths[0], bytes):
        sep, cur = b"/", b"."
    else:
        sep, cur = "/", "."
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != cur] for p in paths]
    first = min(split_paths)
    last = max(split_paths)
    common = first
    for i, c in enumerate(first):
        if c != last[i]:
            common = first[:i]
            break
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)


# File-system queries.

def exists(path):
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    try:
        st = _posix.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def isfile(path):
    try:
        st = _posix.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def islink(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        st = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(st.st_mode):
        return False
    path = fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    try:
        up = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def getsize(filename):
    return _posix.stat(filename).st_size


def getmtime(filename):
    return _posix.stat(filename).st_mtime


def getatime(filename):
    return _posix.stat(filename).st_atime


def getctime(filename):
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_posix.stat(f1), _posix.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(_posix.fstat(fp1), _posix.fstat(fp2))


# Expansion of ~ and $VARS.

def _home_of(user):
    """The home directory of `user` from /etc/passwd, or None."""
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    path = fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b"~", b"/"
    else:
        tilde, sep = "~", "/"
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get("HOME")
        if home is None:
            try:
                uid_name = None
                with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
                    uid = str(_posix.getuid())
                    for line in f:
                        fields = line.split(":")
                        if len(fields) >= 6 and fields[2] == uid:
                            uid_name = fields[5]
                            break
                home = uid_name
            except OSError:
                home = None
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode("utf-8", "surrogateescape")
        home = _home_of(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = home.encode("utf-8", "surrogateescape")
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _is_name_char(c):
    return c == "_" or c.isalnum() and c.isascii()


def expandvars(path):
    path = fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        return expandvars(path.decode("latin-1")).encode("latin-1")
    if "$" not in path:
        return path
    env = _posix.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            name = path[i + 2:end] if end >= 0 else ""
            if end < 0 or not name or not all(_is_name_char(ch) for ch in name):
                out.append(c)
                i += 1
                continue
            value = env.get(name)
            out.append(path[i:end + 1] if value is None else value)
            i = end + 1
            continue
        j = i + 1
        while j < n and _is_name_char(path[j]):
            j += 1
        name = path[i + 1:j]
        value = env.get(name) if name else None
        out.append(path[i:j] if value is None else value)
        i = j if name else i + 1
    return "".join(out)
