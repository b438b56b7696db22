"""Container datatypes (collections), written for Smolder.

deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict,
UserList and UserString, behaving like CPython 3.11's.
"""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

import sys as _sys
from collections import abc as _abc

_MISSING = object()


class _ReprGuard:
    """Tracks objects whose repr is being built, so that a container holding
    itself prints `...` instead of recursing forever."""

    active = set()

    @staticmethod
    def enter(obj):
        key = id(obj)
        if key in _ReprGuard.active:
            return False
        _ReprGuard.active.add(key)
        return True

    @staticmethod
    def leave(obj):
        _ReprGuard.active.discard(id(obj))


def _index(value):
    """operator.index(): ints (and __index__ objects) only."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# ============================================================== deque

class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in _items[_head:]; slots before _head are spare room for
    # appendleft, so both ends are amortised O(1). Every mutation that can
    # upset an iterator changes the list object, its length or _head, which
    # is what iterators check instead of a mutation counter.
    __slots__ = ("_items", "_head", "_maxlen")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        if self._items or self._head:
            self.clear()
        self._maxlen = maxlen
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---------------------------------------------------------- internals

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def _norm_index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), "__index__"):
                index = _index(index)
            else:
                raise TypeError("sequence index must be integer, not '%s'"
                                % type(index).__name__)
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return self._head + index

    # ---------------------------------------------------------- adding

    def append(self, x):
        """Add an element to the right side of the deque."""
        if self._maxlen is not None:
            maxlen = self._maxlen
            if len(self._items) - self._head >= maxlen:
                if maxlen == 0:
                    return
                self._popleft()
        self._items.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self._items.pop()
        if self._head == 0:
            items = self._items
            room = len(items) - self._head + 8
            self._items = [None] * room + items
            self._head = room
        self._head -= 1
        self._items[self._head] = x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._items.extend(iterable)
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def insert(self, index, x):
        """Insert value before index."""
        index = _index(index)
        n = len(self._items) - self._head
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index += n
            if index < 0:
                index = 0
        elif index > n:
            index = n
        if index == 0:
            self.appendleft(x)
        else:
            self._items.insert(self._head + index, x)

    # ---------------------------------------------------------- removing

    def _popleft(self):
        items = self._items
        head = self._head
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def clear(self):
        """Remove all elements from the deque."""
        self._items = []
        self._head = 0

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items
        for i in range(self._head, len(items)):
            item = items[i]
            if item is value or item == value:
                if len(self._items) != len(items) or self._items is not items:
                    raise IndexError("deque mutated during remove().")
                if i == self._head:
                    self._popleft()
                else:
                    del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def __delitem__(self, index):
        i = self._norm_index(index)
        if i == self._head:
            self._popleft()
        else:
            del self._items[i]

    # ---------------------------------------------------------- queries

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __getitem__(self, index):
        return self._items[self._norm_index(index)]

    def __setitem__(self, index, value):
        self._items[self._norm_index(index)] = value

    def __contains__(self, value):
        items = self._items
        for i in range(self._head, len(items)):
            item = items[i]
            if item is value or item == value:
                return True
        return False

    def count(self, value):
        """Return number of occurrences of value."""
        total = 0
        items = self._items
        for i in range(self._head, len(items)):
            item = items[i]
            if item is value or item == value:
                total += 1
        return total

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

Raises ValueError if the value is not present."""
        try:
            start = _index(start)
            stop = _index(stop)
        except TypeError:
            raise TypeError("slice indices must be integers or have an __index__ method") from None
        n = len(self._items) - self._head
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        items = self._items
        head = self._head
        n = len(items)
        for i in range(start, stop):
            item = items[head + i]
            if item is value or item == value:
                return i
            if self._items is not items or len(items) != n or self._head != head:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def __iter__(self):
        items = self._items
        head = self._head
        n = len(items)
        return _deque_iter(self, items, head, n, range(head, n))

    def __reversed__(self):
        items = self._items
        head = self._head
        n = len(items)
        return _deque_iter(self, items, head, n, range(n - 1, head - 1, -1))

    # ---------------------------------------------------------- reordering

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = len(self._items) - self._head
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._compact()
        items = self._items
        self._items = items[-n:] + items[:-n]

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (list(self), self._maxlen))

    # ---------------------------------------------------------- operators

    def __repr__(self):
        if not _ReprGuard.enter(self):
            return "[...]"
        try:
            body = repr(list(self))
        finally:
            _ReprGuard.leave(self)
        name = type(self).__name__
        if self._maxlen is not None:
            return "%s(%s, maxlen=%d)" % (name, body, self._maxlen)
        return "%s(%s)" % (name, body)

    def _as_list(self):
        return self._items[self._head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        result = self.copy()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        if n == 1:
            return self
        items = self._as_list()
        if self._maxlen is None:
            self._items = items * n
            self._head = 0
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls


_abc.MutableSequence.register(deque)


def _deque_iter(dq, items, head, n, indices):
    # Yields items[i] for i in indices while the deque keeps the same list,
    # length (n) and head it had when the iterator was made.
    for i in indices:
        if dq._items is not items or len(items) != n or dq._head != head:
            raise RuntimeError("deque mutated during iteration")
        yield items[i]
    if dq._items is not items or len(items) != n or dq._head != head:
        raise RuntimeError("deque mutated during iteration")


# ============================================================== defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        elif not _ReprGuard.enter(self):
            frepr = "..."
        else:
            try:
                frepr = repr(factory)
            finally:
                _ReprGuard.leave(self)
        return "%s(%s, %s)" % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


# ============================================================== OrderedDict

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # The underlying dict already keeps insertion order; OrderedDict adds
    # reordering (move_to_end), popitem(last=), and order-sensitive equality.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if isinstance(other, dict) or isinstance(other, _abc.Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return "%s()" % name
        if not _ReprGuard.enter(self):
            return "..."
        try:
            return "%s(%r)" % (name, list(self.items()))
        finally:
            _ReprGuard.leave(self)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _odict_items(self)

    def pop(self, key, default=_MISSING):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reduce__(self):
        return (type(self), (), None, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class _odict_keys(_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return "odict_keys(%r)" % (list(self),)


class _odict_values(_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))

    def __repr__(self):
        return "odict_values(%r)" % (list(self),)


class _odict_items(_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __repr__(self):
        return "odict_items(%r)" % (list(self),)


_odict_keys.__name__ = _odict_keys.__qualname__ = "odict_keys"
_odict_values.__name__ = _odict_values.__qualname__ = "odict_values"
_odict_items.__name__ = _odict_items.__qualname__ = "odict_items"


# ============================================================== Counter

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        # sorted() is stable, so equal counts keep insertion order.
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return "%s()" % name
        if not _ReprGuard.enter(self):
            return "..."
        try:
            try:
                body = dict(self.most_common())
            except TypeError:
                body = dict(self)
            return "%s(%r)" % (name, body)
        finally:
            _ReprGuard.leave(self)

    # ------------------------------------------------ comparisons

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] == other[e]:
                return False
        for e in other:
            if not self[e] == other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # ------------------------------------------------ multiset arithmetic

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count + other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count - other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            n = other_count if count < other_count else count
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            n = count if count < other_count else other_count
            if n > 0:
                result[elem] = n
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _drop_nonpositive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._drop_nonpositive()


def _second(pair):
    return pair[1]


def _counter_elements(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# ============================================================== namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield"])


class _tuplegetter:
    # Read-only descriptor returning one item of a named tuple.

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return "%s(%d, %r)" % (type(self).__name__, self._index, self.__doc__)


def _field_getter(index, name):
    return _tuplegetter(index, "Alias for field number %d" % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             "identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a "
                             "keyword: %r" % (name,))

    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        if defaults:
            for name, value in zip(field_names[-len(defaults):], defaults):
                field_defaults[name] = value

    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ", ".join(fields)
    if num_fields == 1:
        arg_list += ","
    tuple_new = tuple.__new__

    # __new__ needs real named parameters so that argument errors read like
    # CPython's; a one-line def compiled with exec gives exactly that.
    params = []
    first_default = num_fields - len(field_defaults)
    namespace = {"_tuple_new": tuple_new, "__name__": "namedtuple_%s" % typename}
    for i, name in enumerate(fields):
        if i >= first_default:
            namespace["_d_%d" % i] = field_defaults[name]
            params.append("%s=_d_%d" % (name, i))
        else:
            params.append(name)
    source = "def __new__(_cls%s):\n    return _tuple_new(_cls, (%s))\n" % (
        "".join(", " + p for p in params), arg_list)
    exec(source, namespace)
    __new__ = namespace["__new__"]
    __new__.__qualname__ = "%s.__new__" % typename
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, ", ".join(fields))

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return "%s(%s)" % (self.__class__.__name__,
                           ", ".join(["%s=%r" % pair for pair in zip(fields, self)]))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (_replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)
    _make.__func__.__qualname__ = "%s._make" % typename

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError, NotImplementedError):
            module = "__main__"

    class_namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "__module__": module,
        "__qualname__": typename,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = _field_getter(index, name)

    return type(typename, (tuple,), class_namespace)


# ============================================================== ChainMap

class ChainMap(_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        if not _ReprGuard.enter(self):
            return "..."
        try:
            return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))
        finally:
            _ReprGuard.leave(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ============================================================== UserDict

class UserDict(_abc.MutableMapping):
    """A dict-like wrapper whose contents live in the `data` attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


# ============================================================== UserList

class UserList(_abc.MutableSequence):
    """A list-like wrapper whose contents live in the `data` attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


# ============================================================== UserString

class UserString(_abc.Sequence):
    """A str-like wrapper whose contents live in the `data` attribute."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        for c in self.data:
            yield self.__class__(c)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._cast(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._cast(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._cast(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._cast(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._cast(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._cast(old), self._cast(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._cast(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._cast(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
