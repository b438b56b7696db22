"""Filename globbing (`glob`), written for Smolder on top of fnmatch and os.scandir."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` (a shell pattern); '**' needs recursive=True."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob() but yields the paths one at a time."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if recursive and _is_recursive(pathname):
        # '**' alone first matches the empty name (the start directory itself): not a result.
        next(results, None)
    return results


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        matcher = _glob_recursive if recursive and _is_recursive(basename) else _glob_pattern
    else:
        matcher = _glob_literal
    for d in dirs:
        for name in matcher(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for below in _walk_names(path, dironly, include_hidden):
                yield os.path.join(name, below)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    try:
        with os.scandir(dirname) as entries:
            names = []
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return path or root


def _lexists(path):
    return os.path.lexists(path) if path else False


def _isdir(path):
    return os.path.isdir(path) if path else True


def _is_hidden(name):
    return name[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def has_magic(s):
    if isinstance(s, bytes):
        return b"*" in s or b"?" in s or b"[" in s
    return "*" in s or "?" in s or "[" in s


def escape(pathname):
    """Escapes the special characters * ? [ so they match themselves."""
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in pathname:
            if b in b"*?[":
                out += b"[" + bytes([b]) + b"]"
            else:
                out.append(b)
        return bytes(out)
    return "".join("[" + c + "]" if c in "*?[" else c for c in pathname)


