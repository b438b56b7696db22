"""Miscellaneous operating-system interfaces (`os`), written for Smolder on top of `posix`."""

import sys
import posix
from posix import (
    F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC,
    O_NONBLOCK, O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY, SEEK_SET, SEEK_CUR, SEEK_END, WNOHANG,
    WUNTRACED, EX_OK, stat_result, getcwd, getcwdb, chdir, listdir, stat, lstat, fstat, mkdir,
    rmdir, unlink, remove, rename, replace, symlink, link, readlink, access, chmod, utime, truncate,
    open, read, write, close, lseek, ftruncate, fsync, dup, dup2, pipe, isatty, urandom, strerror,
    getpid, getppid, getuid, geteuid, getgid, getegid, cpu_count, umask, putenv, unsetenv, uname,
    kill, _exit, waitpid, WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG,
    waitstatus_to_exitcode,
)
import posixpath as path
from posixpath import fspath, curdir, pardir, sep, extsep, altsep, pathsep, defpath, devnull

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
error = OSError
supports_bytes_environ = True
_exit = _exit


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a dict-like view of the environment that keeps the process's in step."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ", ".join("%r: %r" % (k, v) for k, v in self._data.items())
        return "environ({%s})" % items

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        result = dict(self._data)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        result = dict(other)
        result.update(self._data)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = list(self._data)[-1]
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The environment variable `key`, or `default` when it is unset."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class _PathLikeMeta(type):
    """isinstance()/issubclass() against os.PathLike check for __fspath__ (no abc import:
    os is imported early and often)."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls is PathLike:
            for base in getattr(subclass, "__mro__", ()):
                if "__fspath__" in base.__dict__:
                    return base.__dict__["__fspath__"] is not None
            return False
        return type.__subclasscheck__(cls, subclass)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file-system path (an __fspath__ method)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


# Directories.

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        here = curdir if isinstance(tail, str) else curdir.encode()
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of a scandir() listing; stat results are fetched once and cached."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    __slots__ = ("_entries", "_index")

    def __init__(self, entries):
        self._entries = entries
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._index >= len(self._entries):
            raise StopIteration
        entry = self._entries[self._index]
        self._index += 1
        return entry

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of `path` (default '.')."""
    if path is None:
        names = listdir()
        directory = curdir
    else:
        directory = fspath(path)
        names = listdir(directory)
    return _ScandirIterator([DirEntry(directory, n) for n in names])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for `top` and every directory below it."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        files = []
        links = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
                links.append(not followlinks and entry.is_symlink())
            else:
                files.append(entry.name)
        if topdown:
            yield top, dirs, files
            for d in reversed(dirs):
                new = path.join(top, d)
                if followlinks or not path.islink(new):
                    stack.append(new)
        else:
            stack.append((top, dirs, files))
            for d, is_link in zip(reversed(dirs), reversed(links)):
                if not is_link:
                    stack.append(path.join(top, d))


class terminal_size(tuple):
    """os.terminal_size(columns, lines)."""

    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(sequence))
        return tuple.__new__(cls, sequence)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


terminal_size.__module__ = "os"


def get_terminal_size(fd=1):
    """The (columns, lines) of the terminal on `fd`."""
    size = posix.get_terminal_size(fd)
    return terminal_size((size[0], size[1]))


def system(command):
    """Runs `command` with /bin/sh and returns its wait status."""
    pid = posix._spawn(["/bin/sh", "-c", command], None, None, -1, -1, -1)
    return waitpid(pid, 0)[1]


def get_blocking(fd):
    return True


def _fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)


fdopen = _fdopen
fdopen.__name__ = "fdopen"


class _wrap_close:
    """popen()'s stream: close() waits for the command and returns its wait status (None if 0)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs `cmd` through the shell with a pipe to its stdout ('r') or stdin ('w')."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)
