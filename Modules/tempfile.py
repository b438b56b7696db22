"""Temporary files and directories (`tempfile`), written for Smolder."""

import os as _os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = _os.urandom(8)
    return "".join(_LETTERS[b % len(_LETTERS)] for b in data)


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            yield value
    yield "/tmp"
    yield "/var/tmp"
    yield "/usr/tmp"
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _usable(directory):
    """True when a file can be created (and removed) in `directory`."""
    for _ in range(10):
        name = _os.path.join(directory, _random_name())
        try:
            fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        _os.close(fd)
        _os.unlink(name)
        return True
    return False


def gettempdir():
    """The directory temporary files go in (decided once, then cached in `tempdir`)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _usable(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s"
                                    % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(suffix, prefix, dir):
    kinds = {type(x) for x in (suffix, prefix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = bytes in kinds
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = _os.fsencode(template) if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return suffix, prefix, dir, as_bytes


def _names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = name.encode()
        yield _os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write; returns (fd, absolute path)."""
    suffix, prefix, dir, as_bytes = _sanitize(suffix, prefix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; returns its absolute path."""
    suffix, prefix, dir, as_bytes = _sanitize(suffix, prefix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose underlying file is deleted when it is closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close when `delete` is true."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        _os.close(fd)
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file (its name is removed at once)."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.unlink(name)
    try:
        return open(fd, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    """A directory removed (with its contents) by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        return cls
