"""The io module for Smolder: in-memory streams (StringIO, BytesIO) written in Python, and the
names of the runtime's file classes."""

import builtins as _builtins
from abc import ABCMeta as _ABCMeta

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


def open_code(path):
    return _builtins.open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def _runtime_classes():
    """The runtime's file classes and io.UnsupportedOperation, found from /dev/null."""
    with _builtins.open("/dev/null", "w") as f:
        text = type(f)
        try:
            f.read()
            unsupported = None
        except ValueError as e:
            unsupported = type(e)
        except OSError as e:
            unsupported = type(e)
        writer = type(f.buffer) if hasattr(f, "buffer") else None
    with _builtins.open("/dev/null", "rb") as f:
        reader = type(f)
        raw = type(f.raw) if hasattr(f, "raw") else None
    with _builtins.open("/dev/null", "r+b") as f:
        rand = type(f)
    with _builtins.open("/dev/null", "wb") as f:
        writer = type(f)
    if raw is None:
        try:
            with _builtins.open("/dev/null", "rb", buffering=0) as f:
                raw = type(f)
        except (OSError, ValueError, TypeError):
            raw = None
    return text, reader, writer, rand, raw, unsupported


TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, FileIO, UnsupportedOperation = \
    _runtime_classes()
if UnsupportedOperation is None or UnsupportedOperation is ValueError:
    class UnsupportedOperation(OSError, ValueError):
        pass
    UnsupportedOperation.__module__ = "io"


class IOBase(metaclass=_ABCMeta):
    """Base of all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


for _cls in (TextIOWrapper,):
    TextIOBase.register(_cls)
for _cls in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
if FileIO is not None:
    RawIOBase.register(FileIO)
del _cls


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _position(pos, whence):
    if not isinstance(pos, int):
        if hasattr(pos, "__index__"):
            pos = pos.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
    if not isinstance(whence, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(whence).__name__)
    return pos


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer, a position and the closed flag."""

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check()
        return self._pos

    def readlines(self, hint=-1):
        self._check()
        if hint is None:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def detach(self):
        raise UnsupportedOperation("detach")


class StringIO(_MemoryIO, TextIOBase):
    """A text stream kept in memory."""

    def _check(self):
        # CPython's StringIO words this one without the final period.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._text = ""
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def getvalue(self):
        self._check()
        return self._text

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        length = len(s)
        s = self._translate(s)
        text = self._text
        pos = self._pos
        if pos == len(text):
            self._text = text + s
        elif pos > len(text):
            self._text = text + "\0" * (pos - len(text)) + s
        else:
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return length

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        start = min(self._pos, len(self._text))
        end = len(self._text) if size < 0 else min(len(self._text), start + size)
        self._pos = max(self._pos, end)
        return self._text[start:end]

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        text = self._text
        start = self._pos
        if start >= len(text):
            return ""
        if self._newline == "":
            end = start
            n = len(text)
            while end < n and text[end] not in "\r\n":
                end += 1
            if end < n:
                end += 2 if text[end] == "\r" and text[end + 1:end + 2] == "\n" else 1
        else:
            mark = "\n" if self._newline is None else self._newline
            i = text.find(mark, start)
            end = len(text) if i < 0 else i + len(mark)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check()
        pos = _position(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._text)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < len(self._text):
            self._text = self._text[:size]
        return size

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryIO, BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        self._buffer = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            data = bytes(b)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
        if isinstance(b, int):
            raise TypeError("a bytes-like object is required, not 'int'")
        buf = self._buffer
        pos = self._pos
        n = len(data)
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        buf = self._buffer
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, target):
        self._check()
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        buf = self._buffer
        start = self._pos
        if start >= len(buf):
            return b""
        i = buf.find(b"\n", start)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return bytes(buf[start:end])

    def seek(self, pos, whence=0):
        self._check()
        pos = _position(pos, whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buffer):
            del self._buffer[size:]
        return size


for _name in ("StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"):
    globals()[_name].__module__ = "io"
del _name
StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"
