"""Weak references: `ref` and the counting functions come from the native `_weakref`; proxies,
the weak containers, `WeakMethod` and `finalize` are built on them here."""

import sys
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

_MutableMapping = None


def _mutable_mapping():
    # collections.abc is only needed once a weak dictionary is made.
    global _MutableMapping
    if _MutableMapping is None:
        from collections.abc import MutableMapping
        _MutableMapping = MutableMapping
    return _MutableMapping


class ProxyType:
    """A stand-in that forwards everything to the referent while it is alive."""
    __slots__ = ("_proxy_ref",)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, "_proxy_ref", ref(obj, callback) if callback is None
                           else ref(obj, lambda r, p=self: callback(p)))

    def _target(self):
        target = object.__getattribute__(self, "_proxy_ref")()
        if target is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return target

    def __getattribute__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(target).__name__, id(target))

    def __str__(self): return str(ProxyType._target(self))
    def __bool__(self): return bool(ProxyType._target(self))
    def __len__(self): return len(ProxyType._target(self))
    def __iter__(self): return iter(ProxyType._target(self))
    def __next__(self): return next(ProxyType._target(self))
    def __contains__(self, item): return item in ProxyType._target(self)
    def __getitem__(self, key): return ProxyType._target(self)[key]
    def __setitem__(self, key, value): ProxyType._target(self)[key] = value
    def __delitem__(self, key): del ProxyType._target(self)[key]
    def __eq__(self, other): return ProxyType._target(self) == other
    def __ne__(self, other): return ProxyType._target(self) != other
    def __lt__(self, other): return ProxyType._target(self) < other
    def __le__(self, other): return ProxyType._target(self) <= other
    def __gt__(self, other): return ProxyType._target(self) > other
    def __ge__(self, other): return ProxyType._target(self) >= other
    def __add__(self, other): return ProxyType._target(self) + other
    def __radd__(self, other): return other + ProxyType._target(self)
    def __sub__(self, other): return ProxyType._target(self) - other
    def __rsub__(self, other): return other - ProxyType._target(self)
    def __mul__(self, other): return ProxyType._target(self) * other
    def __rmul__(self, other): return other * ProxyType._target(self)
    def __truediv__(self, other): return ProxyType._target(self) / other
    def __floordiv__(self, other): return ProxyType._target(self) // other
    def __mod__(self, other): return ProxyType._target(self) % other
    def __neg__(self): return -ProxyType._target(self)
    def __abs__(self): return abs(ProxyType._target(self))
    def __index__(self): return ProxyType._target(self).__index__()

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that raises ReferenceError once `obj` is gone."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both the object and the function are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_ref()
            if self is not None and not self._dead:
                self._dead = True
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._dead = False
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self._dead or other._dead:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = ref.__hash__


def _make_weak_value_dictionary():
    class WeakValueDictionary(_mutable_mapping()):
        """A mapping whose values are held weakly: an entry leaves when its value dies."""

        def __init__(self, other=(), /, **kw):
            self.data = {}
            self_ref = ref(self)

            def remove(wr, key=None):
                owner = self_ref()
                if owner is not None:
                    # Only drop the entry if it still holds this (now dead) reference.
                    current = owner.data.get(wr.key)
                    if current is wr:
                        del owner.data[wr.key]

            self._remove = remove
            self.update(other, **kw)

        def _keyed_ref(self, key, value):
            r = _KeyedRef(value, self._remove, key)
            return r

        def __getitem__(self, key):
            o = self.data[key]()
            if o is None:
                raise KeyError(key)
            return o

        def __setitem__(self, key, value):
            self.data[key] = self._keyed_ref(key, value)

        def __delitem__(self, key):
            del self.data[key]

        def __len__(self):
            return sum(1 for r in list(self.data.values()) if r() is not None)

        def __contains__(self, key):
            try:
                o = self.data[key]()
            except KeyError:
                return False
            return o is not None

        def __iter__(self):
            for key, r in list(self.data.items()):
                if r() is not None:
                    yield key

        def __repr__(self):
            return "<%s at %#x>" % (type(self).__name__, id(self))

        def copy(self):
            new = WeakValueDictionary()
            for key, r in list(self.data.items()):
                o = r()
                if o is not None:
                    new[key] = o
            return new

        __copy__ = copy

        def get(self, key, default=None):
            try:
                r = self.data[key]
            except KeyError:
                return default
            o = r()
            return default if o is None else o

        def items(self):
            for key, r in list(self.data.items()):
                o = r()
                if o is not None:
                    yield key, o

        def keys(self):
            return iter(self)

        def values(self):
            for r in list(self.data.values()):
                o = r()
                if o is not None:
                    yield o

        def itervaluerefs(self):
            yield from list(self.data.values())

        def valuerefs(self):
            return list(self.data.values())

        def pop(self, key, *default):
            try:
                o = self.data.pop(key)()
            except KeyError:
                o = None
            if o is None:
                if default:
                    return default[0]
                raise KeyError(key)
            return o

        def popitem(self):
            while True:
                key, r = self.data.popitem()
                o = r()
                if o is not None:
                    return key, o

        def setdefault(self, key, default=None):
            o = self.get(key)
            if o is None:
                self[key] = default
                return default
            return o

        def update(self, other=(), /, **kw):
            if hasattr(other, "keys"):
                other = [(k, other[k]) for k in other.keys()]
            for key, value in other:
                self[key] = value
            for key, value in kw.items():
                self[key] = value

        def __or__(self, other):
            new = self.copy()
            new.update(other)
            return new

    return WeakValueDictionary


class _KeyedRef(ref):
    """A weak reference that remembers the dictionary key it was stored under."""

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        pass


def _make_weak_key_dictionary():
    class WeakKeyDictionary(_mutable_mapping()):
        """A mapping whose keys are held weakly: an entry leaves when its key dies."""

        def __init__(self, dict=None):
            self.data = {}
            self_ref = ref(self)

            def remove(k):
                owner = self_ref()
                if owner is not None:
                    try:
                        del owner.data[k]
                    except KeyError:
                        pass

            self._remove = remove
            if dict is not None:
                self.update(dict)

        def __getitem__(self, key):
            return self.data[ref(key)]

        def __setitem__(self, key, value):
            self.data[ref(key, self._remove)] = value

        def __delitem__(self, key):
            del self.data[ref(key)]

        def __len__(self):
            return sum(1 for r in list(self.data) if r() is not None)

        def __contains__(self, key):
            try:
                wr = ref(key)
            except TypeError:
                return False
            return wr in self.data

        def __iter__(self):
            for r in list(self.data):
                o = r()
                if o is not None:
                    yield o

        def __repr__(self):
            return "<%s at %#x>" % (type(self).__name__, id(self))

        def get(self, key, default=None):
            return self.data.get(ref(key), default)

        def items(self):
            for r, value in list(self.data.items()):
                o = r()
                if o is not None:
                    yield o, value

        def keys(self):
            return iter(self)

        def values(self):
            for r, value in list(self.data.items()):
                if r() is not None:
                    yield value

        def keyrefs(self):
            return list(self.data)

        def pop(self, key, *default):
            return self.data.pop(ref(key), *default)

        def popitem(self):
            while True:
                r, value = self.data.popitem()
                o = r()
                if o is not None:
                    return o, value

        def setdefault(self, key, default=None):
            return self.data.setdefault(ref(key, self._remove), default)

        def update(self, dict=None, /, **kwargs):
            if dict is not None:
                if hasattr(dict, "items"):
                    dict = dict.items()
                for key, value in dict:
                    self[key] = value
            for key, value in kwargs.items():
                self[key] = value

        def copy(self):
            new = WeakKeyDictionary()
            for key, value in self.items():
                new[key] = value
            return new

        __copy__ = copy

    return WeakKeyDictionary


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        self_ref = ref(self)

        def remove(item):
            owner = self_ref()
            if owner is not None:
                owner.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self) if False else "<WeakSet at %#x>" % id(self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def pop(self):
        while True:
            r = self.data.pop()
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return WeakSet(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(x for x in self if x in other)

    __and__ = intersection

    def union(self, other):
        new = WeakSet(self)
        new.update(other)
        return new

    __or__ = union

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return not any(x in other for x in self)


class finalize:
    """Calls `func(*args, **kwargs)` once, when `obj` dies, when called, or at exit."""

    _registry = {}
    _atexit_registered = False
    _counter = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._atexit_registered:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._atexit_registered = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        pending = sorted(((info.index, f) for f, info in cls._registry.items() if info.atexit), reverse=True)
        for _, f in pending:
            f()


def __getattr__(name):
    # The dictionaries subclass collections.abc.MutableMapping, made on first use.
    if name == "WeakValueDictionary":
        cls = _make_weak_value_dictionary()
    elif name == "WeakKeyDictionary":
        cls = _make_weak_key_dictionary()
    else:
        raise AttributeError(f"module 'weakref' has no attribute '{name}'")
    cls.__module__ = "weakref"
    globals()[name] = cls
    return cls
