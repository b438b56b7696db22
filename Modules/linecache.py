"""Cache of source lines, read from files on demand (Smolder implementation)."""

__all__ = ['getline', 'clearcache', 'checkcache', 'getlines', 'updatecache', 'lazycache']

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    try:
        import os
        st = os.stat(path)
        return st.st_size, st.st_mtime
    except Exception:
        return None, None


def checkcache(filename=None):
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        nsize, nmtime = _stat(fullname)
        if nsize is None or (nsize, nmtime) != (size, mtime):
            cache.pop(name, None)


def _read(path):
    try:
        f = open(path, encoding='utf-8')
    except Exception:
        return None
    try:
        text = f.read()
    except Exception:
        return None
    finally:
        f.close()
    return text


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    text = _read(fullname)
    if text is None and not filename.startswith('/'):
        import sys
        for d in sys.path:
            if not isinstance(d, str):
                continue
            cand = (d.rstrip('/') + '/' + filename) if d else filename
            text = _read(cand)
            if text is not None:
                fullname = cand
                break
    if text is None:
        return []
    parts = text.split('\n')
    if parts and parts[-1] == '':
        parts.pop()
    lines = [line + '\n' for line in parts]
    size, mtime = _stat(fullname)
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    return False
