"""Shallow and deep copy operations.

copy(x) returns a shallow copy, deepcopy(x, memo) a deep one.  Classes can
take over with __copy__(self) / __deepcopy__(self, memo), or with
__reduce_ex__/__reduce__ (and __getstate__/__setstate__).  Plain instances
are rebuilt with cls.__new__(cls) and their __dict__ and __slots__ values.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


class _Probe:
    def method(self):
        pass


def _function():
    pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)

# Objects of these types are never copied: the original is returned.
_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
    str, bytes, range, property, type, _FunctionType, _BuiltinFunctionType,
    _CodeType,
}
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    if cls is _MethodType:
        return x.__func__.__get__(x.__self__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x, cls))
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A cycle through this tuple may already have produced its copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keep x alive as long as memo is (ids in memo must stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# --- the reduce protocol -------------------------------------------------

def _defines(cls, name):
    """Whether a class other than object provides `name`."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


_NEWARG_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _default_state(x, cls):
    if _defines(cls, "__getstate__"):
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if not d:
        d = None
    names = _slot_names(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            return (d, slots)
    return d


def _reduce(x, cls):
    """Return (callable, args, state, listitems, dictitems) for x."""
    if _defines(cls, "__reduce_ex__"):
        rv = x.__reduce_ex__(4)
    elif _defines(cls, "__reduce__"):
        rv = x.__reduce__()
    elif isinstance(x, BaseException):
        d = getattr(x, "__dict__", None)
        rv = (cls, x.args, d if d else None)
    elif cls is set or cls is frozenset:
        rv = (cls, (list(x),), None)
    elif cls is bytearray:
        rv = (cls, (bytes(x),), None)
    elif cls is slice:
        rv = (cls, (x.start, x.stop, x.step))
    else:
        args = ()
        if _defines(cls, "__getnewargs__"):
            args = x.__getnewargs__()
        else:
            for base in _NEWARG_BASES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
        state = _default_state(x, cls)
        listitems = iter(x) if isinstance(x, list) else None
        dictitems = iter(x.items()) if isinstance(x, dict) else None
        if isinstance(x, set) and not isinstance(x, frozenset):
            # Set subclasses are rebuilt from their elements.
            return (cls, (list(x),), state, None, None)
        return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)
    if isinstance(rv, str):
        return (None, rv)
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % cls)
    return rv


def _reconstruct(x, memo, func, args=None, state=None, listiter=None, dictiter=None, *rest):
    if func is None:
        # __reduce__ returned a string: the object is a global, keep it.
        return x
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                try:
                    target = y.__dict__
                except AttributeError:
                    # Smolder creates some instance dicts lazily.
                    for name, value in state.items():
                        object.__setattr__(y, name, value)
                else:
                    target.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for k, v in dictiter:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in dictiter:
                y[k] = v
    return y
