"""Object-oriented file-system paths (`pathlib`), written for Smolder. POSIX flavour only;
the Windows classes exist for isinstance checks and comparisons but cannot parse drives."""

import os
import posixpath
import fnmatch as _fnmatch
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(args):
    """(root, parts) for the joined arguments, as a POSIX path."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = a._text()
        else:
            s = os.fspath(a) if not isinstance(a, str) else a
            if not isinstance(s, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning "
                                "str, not %r" % (type(s),))
        if s.startswith("/"):
            root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            parts = []
        for p in s.split("/"):
            if p and p != ".":
                parts.append(p)
    return root, parts


class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""

    __slots__ = ("_path", "_root", "_parts")

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if not isinstance(index, int):
            raise TypeError("list indices must be integers or slices, not %s" % type(index).__name__)
        n = len(self)
        if index >= n or index < -n:
            raise IndexError(index)
        if index < 0:
            index += n
        return self._path._make(self._root, self._parts[:n - index - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path that never touches the file system."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from(args)

    @classmethod
    def _from(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    def _make(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def _text(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __str__(self):
        return self._text()

    def __fspath__(self):
        return self._text()

    def as_posix(self):
        return self._text()

    def __bytes__(self):
        return os.fsencode(self._text())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "/-._~!$&'()*+,;=:@"
        out = []
        for ch in self._text():
            if ch.isascii() and (ch.isalnum() or ch in safe):
                out.append(ch)
            else:
                out.extend("%%%02X" % b for b in ch.encode("utf-8"))
        return "file://" + "".join(out)

    # Comparison: only within the same flavour.

    def _key(self):
        return list(self.parts)

    def _same_flavour(self, other):
        return isinstance(other, PurePath) and (isinstance(other, PureWindowsPath) ==
                                                isinstance(self, PureWindowsPath))

    def __eq__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._text())
        return self._hash

    def __lt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._same_flavour(other):
            return NotImplemented
        return self._key() >= other._key()

    # Pieces.

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the "
                             "other is absolute.".format(str(self), str(base)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pattern = type(self)(path_pattern)
        pat_parts = pattern.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pattern._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """A path with file-system operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from(args)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self._text(), strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def _mode(self, follow=True):
        try:
            return (os.stat(self) if follow else os.lstat(self)).st_mode
        except (OSError, ValueError):
            return 0

    def exists(self):
        try:
            os.stat(self)
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        return _stat.S_ISDIR(self._mode())

    def is_file(self):
        return _stat.S_ISREG(self._mode())

    def is_symlink(self):
        return _stat.S_ISLNK(self._mode(False))

    def is_fifo(self):
        return _stat.S_ISFIFO(self._mode())

    def is_socket(self):
        return _stat.S_ISSOCK(self._mode())

    def is_block_device(self):
        return _stat.S_ISBLK(self._mode())

    def is_char_device(self):
        return _stat.S_ISCHR(self._mode())

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        return os.path.samestat(self.stat(), os.stat(other_path))

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._parts + [name])

    def _child(self, name):
        return self._make(self._root, self._parts + [name])

    def glob(self, pattern):
        """Yields the paths below this one that match the relative `pattern`."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith("/") and parts and parts[-1] != "**":
            parts.append("")
        seen = set() if "**" in parts else None
        for p in self._select(self, parts, 0):
            if seen is not None:
                key = p._text()
                if key in seen:
                    continue
                seen.add(key)
            yield p

    def rglob(self, pattern):
        """glob() with '**/' in front of `pattern`."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self.glob("**/" + pattern)

    def _select(self, path, parts, i):
        if i == len(parts):
            yield path
            return
        part = parts[i]
        if part == "":
            if path.is_dir():
                yield path
            return
        if part == "**":
            for d in self._walk_dirs(path):
                yield from self._select(d, parts, i + 1)
            return
        last = i + 1 == len(parts)
        if "*" in part or "?" in part or "[" in part:
            try:
                names = os.listdir(path)
            except OSError:
                return
            for name in names:
                if _fnmatch.fnmatchcase(name, part):
                    child = path._child(name)
                    if last:
                        yield child
                    elif child.is_dir():
                        yield from self._select(child, parts, i + 1)
            return
        child = path._child(part)
        if last:
            if os.path.lexists(child):
                yield child
        elif child.is_dir():
            yield from self._select(child, parts, i + 1)

    def _walk_dirs(self, path):
        yield path
        try:
            names = os.listdir(path)
        except OSError:
            return
        for name in names:
            child = path._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray)) and not hasattr(data, "__buffer__"):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open("wb") as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
