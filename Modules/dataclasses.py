"""Data classes (dataclasses), written for Smolder.

@dataclass reads the class's annotations, builds Field objects and adds the
requested dunder methods; __init__ is generated as source text and exec'd.
"""

import sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type):
            name = t.__name__
        else:
            name = repr(t)
        return "dataclasses.InitVar[%s]" % (name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _ReadOnly(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
                "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _ReadOnly:
    """Read-only mapping view for Field.metadata."""

    def __init__(self, m):
        self._m = m

    def __getitem__(self, k):
        return self._m[k]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, k):
        return k in self._m

    def get(self, k, default=None):
        return self._m.get(k, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def __eq__(self, other):
        return self._m == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)


_EMPTY_METADATA = _ReadOnly({})


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def _is_classvar(a_type):
    typing = sys.modules.get("typing")
    if typing is not None:
        cv = getattr(typing, "ClassVar", None)
        if cv is not None and (a_type is cv or getattr(a_type, "__origin__", None) is cv):
            return True
    if isinstance(a_type, str):
        s = a_type.strip()
        return s.startswith("ClassVar") or s.startswith("typing.ClassVar")
    return False


def _is_initvar(a_type):
    if a_type is InitVar or isinstance(a_type, InitVar):
        return True
    if isinstance(a_type, str):
        s = a_type.strip()
        return s.startswith("InitVar") or s.startswith("dataclasses.InitVar")
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        return a_type.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % (f.name,))
    if f._field_type is _FIELD_CLASSVAR:
        return f
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _create_fn(name, args, body, *, globals, locals, return_type=MISSING, qualname=None):
    src_args = ", ".join(args)
    body_txt = "\n".join("  " + b for b in body) if body else "  pass"
    local_names = ", ".join(locals.keys())
    src = ("def __create_fn__(%s):\n def %s(%s):\n%s\n return %s"
           % (local_names, name, src_args, "\n".join(" " + line for line in body_txt.split("\n")), name))
    ns = {}
    exec(src, globals, ns)
    fn = ns["__create_fn__"](**locals)
    if qualname is not None:
        fn.__qualname__ = qualname
    return fn


def _tuple_src(obj_name, flds):
    if not flds:
        return "()"
    return "(" + ",".join("%s.%s" % (obj_name, f.name) for f in flds) + ",)"


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s,%r,%s)" % (self_name, name, value)
    return "%s.%s=%s" % (self_name, name, value)


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))
    locals = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
              "__dataclass_builtins_object__": object}
    annotations = {}
    body = []
    for f in all_fields:
        if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
            annotations[f.name] = f.type
        default_name = "_dflt_" + f.name
        if f.default_factory is not MISSING:
            locals[default_name] = f.default_factory
            if f.init:
                value = "%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (default_name, f.name, f.name)
            else:
                value = "%s()" % (default_name,)
        elif f.init:
            if f.default is not MISSING:
                locals[default_name] = f.default
            value = f.name
        else:
            if f.default is not MISSING and f._field_type is _FIELD:
                continue
            continue
        if f._field_type is _FIELD:
            body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ",".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append("%s.__post_init__(%s)" % (self_name, params))

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return "%s=_dflt_%s" % (f.name, f.name)
        return "%s=_HAS_DEFAULT_FACTORY" % (f.name,)

    args = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_only_fields if f.init]
    if kw:
        args += ["*"] + kw
    fn = _create_fn("__init__", args, body, globals=globals, locals=locals,
                    qualname="%s.__init__" % (cls.__qualname__,))
    annotations["return"] = None
    fn.__annotations__ = annotations
    return fn


_repr_running = set()


def _make_repr(cls, flds):
    names = [f.name for f in flds]
    qualname = cls.__qualname__

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))
    __repr__.__qualname__ = qualname + ".__repr__"
    return __repr__


def _make_cmp(cls, name, op, flds):
    names = [f.name for f in flds]

    def tup(obj):
        return tuple(getattr(obj, n) for n in names)

    if op == "==":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                if self is other:
                    return True
                return tup(self) == tup(other)
            return NotImplemented
    elif op == "<":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return tup(self) < tup(other)
            return NotImplemented
    elif op == "<=":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return tup(self) <= tup(other)
            return NotImplemented
    elif op == ">":
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return tup(self) > tup(other)
            return NotImplemented
    else:
        def cmp(self, other):
            if other.__class__ is self.__class__:
                return tup(self) >= tup(other)
            return NotImplemented
    cmp.__name__ = name
    cmp.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return cmp


def _make_hash(cls, flds):
    names = [f.name for f in flds]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    return __hash__


def _frozen_methods(cls, flds):
    names = frozenset(f.name for f in flds)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
    __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot=False):
    fields = {}
    globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_default = kw_only
    seen_kw_only = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            seen_kw_only = True
            kw_only_default = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_default))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, self_name, globals))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, [f for f in field_list if f.repr]))

    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_cmp(cls, "__eq__", "==", cmp_fields))

    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _make_cmp(cls, name, op, cmp_fields)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        setter, deleter = _frozen_methods(cls, field_list)
        if _set_new_attribute(cls, "__setattr__", setter):
            raise TypeError("Cannot overwrite attribute __setattr__ in class %s" % (cls.__name__,))
        if _set_new_attribute(cls, "__delattr__", deleter):
            raise TypeError("Cannot overwrite attribute __delattr__ in class %s" % (cls.__name__,))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % (cls.__name__,))
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(
                "%s: %s" % (f.name, _type_name(f.type)) for f in all_init_fields) + ")"
        except Exception:
            pass

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    try:
        abc = sys.modules.get("abc")
        if abc is not None and hasattr(abc, "update_abstractmethods"):
            abc.update_abstractmethods(cls)
    except Exception:
        pass
    return cls


def _type_name(t):
    if isinstance(t, type):
        return t.__name__
    return str(t)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(getattr(b, "__slots__", ()) or ())
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # Methods generated above close over the old class; rebuild frozen ones.
    if is_frozen:
        setter, deleter = _frozen_methods(new_cls, fields(new_cls))
        new_cls.__setattr__ = setter
        new_cls.__delattr__ = deleter
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple of the Field objects of a dataclass or instance."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace) if namespace is not None else {}
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except Exception:
            module = "__main__"
    ns["__module__"] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
