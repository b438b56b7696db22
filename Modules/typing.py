"""Run-time support for type hints (typing), written for Smolder.

Only the run-time objects are provided: special forms, generic aliases with
CPython's reprs, TypeVar/Generic, Protocol, NamedTuple, TypedDict, NewType
and the introspection helpers. The collections.abc classes behind aliases
such as Iterable are imported lazily, on first use.
"""

import sys

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal",
           "Optional", "Protocol", "Tuple", "Type", "TypeVar", "Union",
           "AbstractSet", "ByteString", "Container", "ContextManager",
           "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
           "Mapping", "MappingView", "MutableMapping", "MutableSequence",
           "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
           "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
           "AsyncGenerator", "AsyncContextManager", "Reversible",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
           "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap",
           "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict",
           "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
           "AnyStr", "cast", "final", "get_args", "get_origin",
           "get_type_hints", "NewType", "no_type_check",
           "no_type_check_decorator", "NoReturn", "Never", "overload",
           "runtime_checkable", "Text", "TYPE_CHECKING", "Annotated",
           "TypeAlias", "Self", "LiteralString", "TypeGuard", "Required",
           "NotRequired", "assert_never", "assert_type", "reveal_type",
           "dataclass_transform", "get_overloads", "clear_overloads",
           "is_typeddict", "ParamSpec", "Concatenate", "Unpack",
           "TypeVarTuple", "ForwardRef"]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, tuple) and not obj:
        return "()"
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except Exception:
        return None


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, "__parameters__", ()) or ():
                if isinstance(p, (TypeVar, ParamSpec)) and p not in params:
                    params.append(p)
    return tuple(params)


def _subst(t, mapping):
    if isinstance(t, (TypeVar, ParamSpec)):
        return mapping.get(t, t)
    if isinstance(t, list):
        return [_subst(a, mapping) for a in t]
    if isinstance(t, _GenericAliasBase) and t.__parameters__:
        sub = tuple(mapping.get(p, p) for p in t.__parameters__)
        return t[sub if len(sub) != 1 else sub[0]]
    params = getattr(t, "__parameters__", None)
    if params and hasattr(t, "__getitem__") and not isinstance(t, type):
        sub = tuple(mapping.get(p, p) for p in params)
        return t[sub if len(sub) != 1 else sub[0]]
    return t


# --------------------------------------------------------------------------
# Special forms

class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem, name=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%r cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%r cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(getitem):
    return _SpecialForm(getitem)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _no_subscript(self, parameters):
    raise TypeError("%r is not subscriptable" % (self,))


NoReturn = _SpecialForm(_no_subscript, "NoReturn")
Never = _SpecialForm(_no_subscript, "Never")
Self = _SpecialForm(_no_subscript, "Self")
LiteralString = _SpecialForm(_no_subscript, "LiteralString")
TypeAlias = _SpecialForm(_no_subscript, "TypeAlias")


def _one_arg_form(self, parameters):
    item = _type_check(parameters, "%s accepts only single type." % (self._name,))
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(_one_arg_form, "ClassVar")
Final = _SpecialForm(_one_arg_form, "Final")
TypeGuard = _SpecialForm(_one_arg_form, "TypeGuard")
Required = _SpecialForm(_one_arg_form, "Required")
NotRequired = _SpecialForm(_one_arg_form, "NotRequired")
Unpack = _SpecialForm(_one_arg_form, "Unpack")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p, "Union[arg, ...]: each arg must be a type.")
        if isinstance(p, _UnionGenericAlias):
            subs = p.__args__
        elif type(p) is _UnionType:
            subs = p.__args__
        else:
            subs = (p,)
        for s in subs:
            if s not in params:
                params.append(s)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


Union = _SpecialForm(_union_getitem, "Union")


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (parameters,))
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


Optional = _SpecialForm(_optional_getitem, "Optional")


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            for q in p.__args__:
                if not any(q == s and type(q) is type(s) for s in seen):
                    seen.append(q)
        elif not any(p == s and type(p) is type(s) for s in seen):
            seen.append(p)
    return _LiteralGenericAlias(self, tuple(seen))


Literal = _SpecialForm(_literal_getitem, "Literal")


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm(_concatenate_getitem, "Concatenate")


# --------------------------------------------------------------------------
# Generic aliases

class _GenericAliasBase(_Final):
    """Common behaviour of subscripted and bare aliases."""

    def __init__(self, origin, name=None, inst=True):
        self._origin = origin
        self._name = name
        self._inst = inst

    @property
    def __origin__(self):
        o = self._origin
        if isinstance(o, str):
            o = _resolve(o)
            self._origin = o
        return o

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        origin = self.__origin__
        if origin not in bases:
            res.append(origin)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAliasBase) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if not (isinstance(origin, type) and issubclass(origin, Generic)):
                res.append(Generic)
        _note_orig_bases(bases)
        return tuple(res)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


_pending_orig = [None]


def _note_orig_bases(bases):
    _pending_orig[0] = bases


class _GenericAlias(_GenericAliasBase):
    """A subscripted alias: List[int], Box[T], ClassVar[int] ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, name=name, inst=inst)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(args) > len(params) else "few", self,
                               len(args), len(params)))
        mapping = dict(zip(params, args))
        new_args = tuple(_subst(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self._origin, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (name, args)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsisType:
    pass


_TypingEllipsis = _TypingEllipsisType()


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % (_type_repr(args[0]),)
        return "typing.Union[%s]" % (", ".join(_type_repr(a) for a in args),)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _GenericAliasBase):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))

    def __repr__(self):
        return "typing.Literal[%s]" % (", ".join(repr(a) for a in self.__args__),)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class _SpecialGenericAlias(_GenericAliasBase):
    """A bare alias such as List or Iterable (subscriptable nparams times)."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.rsplit(".", 1)[-1] if isinstance(origin, str) else origin.__name__
        super().__init__(origin, name=name, inst=inst)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return _GenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash(self._name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % (_type_repr(args[1]),)
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, params):
        return _CallableGenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        mapping = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (_TypingEllipsis, _type_check(result, ""))
        elif isinstance(args, list):
            flat = tuple(_type_check(a, "") for a in args) + (_type_check(result, ""),)
        else:
            flat = (args, _type_check(result, ""))
        return _CallableGenericAlias(self._origin, flat, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, "") for p in params[:-1]) + (_TypingEllipsis,)
        else:
            params = tuple(_type_check(p, "") for p in params)
        return _GenericAlias(tuple, params, name="Tuple", inst=False)


def _resolve(path):
    mod_name, _, attr = path.rpartition(".")
    __import__(mod_name)
    return getattr(sys.modules[mod_name], attr)


_abc = "collections.abc."
Hashable = _SpecialGenericAlias(_abc + "Hashable", 0)
Awaitable = _SpecialGenericAlias(_abc + "Awaitable", 1)
Coroutine = _SpecialGenericAlias(_abc + "Coroutine", 3)
AsyncIterable = _SpecialGenericAlias(_abc + "AsyncIterable", 1)
AsyncIterator = _SpecialGenericAlias(_abc + "AsyncIterator", 1)
Iterable = _SpecialGenericAlias(_abc + "Iterable", 1)
Iterator = _SpecialGenericAlias(_abc + "Iterator", 1)
Reversible = _SpecialGenericAlias(_abc + "Reversible", 1)
Sized = _SpecialGenericAlias(_abc + "Sized", 0)
Container = _SpecialGenericAlias(_abc + "Container", 1)
Collection = _SpecialGenericAlias(_abc + "Collection", 1)
Callable = _CallableType(_abc + "Callable", 2)
AbstractSet = _SpecialGenericAlias(_abc + "Set", 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc + "MutableSet", 1)
Mapping = _SpecialGenericAlias(_abc + "Mapping", 2)
MutableMapping = _SpecialGenericAlias(_abc + "MutableMapping", 2)
Sequence = _SpecialGenericAlias(_abc + "Sequence", 1)
MutableSequence = _SpecialGenericAlias(_abc + "MutableSequence", 1)
ByteString = _SpecialGenericAlias(_abc + "ByteString", 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias("collections.deque", 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc + "MappingView", 1)
KeysView = _SpecialGenericAlias(_abc + "KeysView", 1)
ItemsView = _SpecialGenericAlias(_abc + "ItemsView", 2)
ValuesView = _SpecialGenericAlias(_abc + "ValuesView", 1)
ContextManager = _SpecialGenericAlias("contextlib.AbstractContextManager", 1, name="ContextManager")
AsyncContextManager = _SpecialGenericAlias("contextlib.AbstractAsyncContextManager", 1, name="AsyncContextManager")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias("collections.defaultdict", 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias("collections.OrderedDict", 2)
Counter = _SpecialGenericAlias("collections.Counter", 1)
ChainMap = _SpecialGenericAlias("collections.ChainMap", 2)
Generator = _SpecialGenericAlias(_abc + "Generator", 3)
AsyncGenerator = _SpecialGenericAlias(_abc + "AsyncGenerator", 2)
Type = _SpecialGenericAlias(type, 1, name="Type")
Text = str

_UnionType = type(int | str)


# --------------------------------------------------------------------------
# Type variables

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of %s" % (type(self).__name__,))


class TypeVar(_TypeVarLike, _Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "") for t in constraints)
        self.__bound__ = _type_check(bound, "") if bound is not None else None
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod


class ParamSpec(_TypeVarLike, _Final):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


# --------------------------------------------------------------------------
# Generic

class Generic:
    """Abstract base class for generic types: class C(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "") for p in params)
        if cls in (Generic, Protocol):
            if not params and cls is not Generic and cls is not Protocol:
                raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError("Parameters to %s[...] must all be type variables or "
                                    "parameter specification variables." % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        else:
            expected = cls.__dict__.get("__parameters__", ())
            if len(params) != len(expected):
                raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                                % ("many" if len(params) > len(expected) else "few", cls,
                                   len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "__orig_bases__" in cls.__dict__:
            orig = cls.__dict__["__orig_bases__"]
        else:
            orig = _pending_orig[0]
            if orig is None or not _matches(orig, cls.__bases__):
                orig = None
            _pending_orig[0] = None
            if orig is not None:
                cls.__orig_bases__ = orig
        tvars = []
        if orig is not None:
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            tvars = list(_collect_parameters(orig))
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in %s[%s]"
                                    % (", ".join(str(t) for t in missing),
                                       "Generic", ", ".join(str(g) for g in gvars)))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _matches(orig, bases):
    expected = []
    for b in orig:
        if isinstance(b, type):
            expected.append(b)
        elif hasattr(b, "__mro_entries__"):
            continue
        else:
            return False
    return all(b in bases for b in expected)


# --------------------------------------------------------------------------
# Protocol

_PROTO_SKIP = frozenset(["__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                         "__init__", "__module__", "__new__", "__slots__",
                         "__subclasshook__", "__weakref__", "__class_getitem__",
                         "__parameters__", "__orig_bases__", "__orig_class__",
                         "__protocol_attrs__", "__init_subclass__", "__qualname__",
                         "_is_protocol", "_is_runtime_protocol", "__non_callable_proto_members__",
                         "__abstractmethods__", "_abc_impl", "__callable_proto_members_only__",
                         "__match_args__"])


def _get_protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _PROTO_SKIP and attr not in attrs:
                attrs.append(attr)
    return attrs


def _abc_meta():
    import abc
    return abc.ABCMeta


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if type.__instancecheck__(cls, instance):
                return True
            for attr in _get_protocol_attrs(cls):
                try:
                    val = getattr(instance, attr)
                except AttributeError:
                    return False
                if val is None and callable(getattr(cls, attr, None)):
                    return False
            return True
        return type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False) and cls is not Protocol:
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                    if attr in base.__dict__.get("__annotations__", {}):
                        break
                else:
                    return False
            return True
        return type.__subclasscheck__(cls, other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance works)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and getattr(cls, "_is_protocol", False)):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _make_supports(name, method, generic=False):
    ns = {"__module__": "typing", "__qualname__": name, "_is_runtime_protocol": True}

    def m(self):
        pass
    m.__isabstractmethod__ = True
    ns[method] = m
    return _ProtocolMeta(name, (Protocol,), ns)


# --------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType

class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "",
                                   ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "_fields",
                       "_field_defaults", "_make", "_replace", "_asdict", "_source",
                       "__new__", "__init__", "__slots__", "__getnewargs__"):
                if key in ("__module__", "__qualname__", "__annotations__", "__doc__"):
                    continue
                if key in ("_fields", "_make", "_replace", "_asdict", "_field_defaults",
                           "__new__", "__init__", "__slots__", "__getnewargs__", "_source"):
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in types or key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns and ns["__doc__"]:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    annotations = {n: _type_check(t, "field of NamedTuple must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (functional form or class syntax)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, list(fields), module=_caller_module())


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries
_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for k, tp in own.items():
            tp = _type_check(tp, "")
            annotations[k] = tp
            origin = getattr(tp, "__origin__", None) if isinstance(tp, _GenericAlias) else None
            if origin is Required:
                is_req = True
            elif origin is NotRequired:
                is_req = False
            else:
                is_req = total
            (required if is_req else optional).add(k)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at run time it is a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType creates simple unique types with almost zero run-time overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != "typing":
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        "`%s = NewType(%r, %s)`" % ("ProUserId", "ProUserId", superclass_name))

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % (value,))


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class as final."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, type(no_type_check)) and getattr(obj, "__qualname__", "").startswith(arg.__qualname__ + "."):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    ga = type(list[int])
    if isinstance(tp, ga):
        return tp.__origin__
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """Type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        res = tp.__args__
        if len(res) == 2 and res[0] is ...:
            return res
        return (list(res[:-1]), res[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    ga = type(list[int])
    if isinstance(tp, (ga, _UnionType)):
        res = tp.__args__
        origin = getattr(tp, "__origin__", None)
        if origin is not None and getattr(origin, "__name__", "") == "Callable" and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


class ForwardRef(_Final):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(_type_check(value, ""), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _LiteralGenericAlias):
        return t
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _GenericAlias) and t.__args__:
        new_args = tuple(_eval_type(a, globalns, localns) if a is not ... else a for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[new_args]
        return t.copy_with(new_args)
    return t


def _module_globals(module_name):
    mod = sys.modules.get(module_name)
    if mod is None:
        return {}
    try:
        return dict(vars(mod))
    except TypeError:
        ns = {}
        for name in dir(mod):
            try:
                ns[name] = getattr(mod, name)
            except AttributeError:
                pass
        return ns


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__args__:
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object, with forward references evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = _module_globals(getattr(base, "__module__", None))
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if isinstance(obj, _Final) or callable(obj):
                return {}
            raise TypeError("%r is not a module, class, method, or function." % (obj,))
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = _module_globals(getattr(obj, "__module__", None))
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def __getattr__(name):
    # Supports* protocols are built on first use.
    table = {"SupportsInt": "__int__", "SupportsFloat": "__float__",
             "SupportsComplex": "__complex__", "SupportsBytes": "__bytes__",
             "SupportsIndex": "__index__", "SupportsAbs": "__abs__",
             "SupportsRound": "__round__"}
    if name in table:
        proto = _make_supports(name, table[name])
        globals()[name] = proto
        return proto
    raise AttributeError("module 'typing' has no attribute %r" % (name,))
