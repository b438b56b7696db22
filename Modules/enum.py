"""Enumerations (enum), written for Smolder.

Members are collected by EnumType.__new__ from the class namespace (in
definition order); everything that is not a descriptor, a function, a
dunder/_sunder_ name or listed in _ignore_ becomes a member.
"""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "global_enum", "verify",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "property",
           "member", "nonmember", "EnumCheck", "UNIQUE", "CONTINUOUS",
           "NAMED_FLAGS"]

_builtin_property = property

# Set once Enum / Flag / ReprEnum themselves exist.
Enum = Flag = ReprEnum = None
_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # Smolder does not route class-body assignments through the namespace
    # returned by __prepare__, so auto() values are resolved after the body
    # ran; expressions such as `AB = A | B` are recorded and evaluated then.
    def __or__(self, other):
        return _AutoExpr("|", self, other)

    def __ror__(self, other):
        return _AutoExpr("|", other, self)

    def __and__(self, other):
        return _AutoExpr("&", self, other)

    def __rand__(self, other):
        return _AutoExpr("&", other, self)

    def __xor__(self, other):
        return _AutoExpr("^", self, other)

    def __rxor__(self, other):
        return _AutoExpr("^", other, self)

    def __add__(self, other):
        return _AutoExpr("+", self, other)

    def __radd__(self, other):
        return _AutoExpr("+", other, self)

    def __sub__(self, other):
        return _AutoExpr("-", self, other)

    def __rsub__(self, other):
        return _AutoExpr("-", other, self)

    def __invert__(self):
        return _AutoExpr("~", self, None)


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
        self.value = _auto_null

    def _eval(self):
        a = _auto_value(self.left)
        if self.op == "~":
            return ~a
        b = _auto_value(self.right)
        if self.op == "|":
            return a | b
        if self.op == "&":
            return a & b
        if self.op == "^":
            return a ^ b
        if self.op == "+":
            return a + b
        return a - b


def _auto_value(x):
    if isinstance(x, _AutoExpr):
        return x._eval()
    if isinstance(x, auto):
        return x.value
    return x


class member:
    """Forces an object to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an object from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """Property usable on enum members (a plain property here)."""
    pass


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1:2] != "_" and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name.lstrip("_"),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith("__"))


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bits(num):
    """Single-bit values of a non-negative int, lowest first."""
    out = []
    while num:
        b = num & (-num)
        out.append(b)
        num ^= b
    return out


class FlagBoundary:
    pass


STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"
UNIQUE = "no duplicate values"
CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"


class EnumCheck:
    UNIQUE = UNIQUE
    CONTINUOUS = CONTINUOUS
    NAMED_FLAGS = NAMED_FLAGS


def _find_data_type(bases):
    """The first non-enum base providing the members' concrete type."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, bytes, tuple, complex):
                return base
    return object


def _find_new(ns, member_type, bases):
    """(the __new__ that creates members, whether it is object.__new__/the
    data type's plain __new__ (so _value_ must be set by us))."""
    new = ns.get("__new__")
    if new is not None:
        if isinstance(new, staticmethod):
            new = new.__func__
        return new, False
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                nm = klass.__dict__.get("_new_member_")
                if nm is not None and nm is not object.__new__ and nm is not member_type.__new__:
                    return nm, False
    if member_type is object:
        return object.__new__, True
    return member_type.__new__, True


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        # Refuse to extend an enumeration that has members.
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % ("<enum %r>" % cls, base)
                                if False else "<enum %r> cannot extend %r" % (cls, base))
        ignore = classdict.pop("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for name in ignore:
            classdict.pop(name, None)
        # Find the _generate_next_value_ in effect.
        gnv = classdict.get("_generate_next_value_")
        if gnv is None:
            for base in bases:
                gnv = getattr(base, "_generate_next_value_", None)
                if gnv is not None:
                    break
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        member_items = []
        plain = {}
        last_values = []
        for key, value in classdict.items():
            if isinstance(value, nonmember):
                plain[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                plain[key] = value
                continue
            if isinstance(value, _AutoExpr):
                value = value._eval()
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(member_items), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) and v.value is not _auto_null
                              else (gnv(key, 1, len(member_items), last_values[:]) if isinstance(v, auto) else v)
                              for v in value)
            member_items.append((key, value))
            last_values.append(value)
        plain.pop("_order_", None)
        invalid = [n for n, v in member_items if n in ("mro", "")]
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % (",".join(repr(n) for n in invalid),))
        member_type = _find_data_type(bases)
        new_member, use_args = _find_new(classdict, member_type, bases)
        if "__new__" in plain:
            # The class's own __new__ is only used to create members.
            del plain["__new__"]
        plain["_member_names_"] = []
        plain["_member_map_"] = {}
        plain["_value2member_map_"] = {}
        plain["_unhashable_values_"] = []
        plain["_member_type_"] = member_type
        plain["_new_member_"] = new_member
        plain["_use_args_"] = use_args
        if boundary is None:
            for base in bases:
                boundary = getattr(base, "_boundary_", None)
                if boundary is not None:
                    break
        plain["_boundary_"] = boundary
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        if Flag is not None and issubclass(enum_class, Flag):
            type.__setattr__(enum_class, "_flag_mask_", 0)
            type.__setattr__(enum_class, "_all_bits_", 0)
            type.__setattr__(enum_class, "_singles_mask_", 0)
        for name, value in member_items:
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = enum_class._flag_mask_
            type.__setattr__(enum_class, "_all_bits_", (1 << mask.bit_length()) - 1 if mask else 0)
        # Data-type mixins: keep the mixin's __repr__/__str__ out of the way.
        if Enum is not None and member_type is not object:
            is_repr_enum = ReprEnum is not None and issubclass(enum_class, ReprEnum)
            for meth in ("__repr__",) if is_repr_enum else ("__repr__", "__str__", "__format__"):
                if meth not in classdict:
                    for base in enum_class.__mro__[1:]:
                        if isinstance(base, EnumType) and meth in base.__dict__:
                            type.__setattr__(enum_class, meth, base.__dict__[meth])
                            break
        return enum_class

    def _add_member_(cls, name, value):
        if isinstance(value, tuple) and cls._member_type_ is not tuple:
            args = value
        else:
            args = (value,)
        if cls._use_args_:
            if cls._new_member_ is object.__new__:
                m = object.__new__(cls)
            else:
                m = cls._new_member_(cls, *args)
            if not hasattr(m, "_value_"):
                if cls._member_type_ is object:
                    m._value_ = value
                else:
                    try:
                        m._value_ = cls._member_type_(*args)
                    except Exception:
                        m._value_ = value
        else:
            m = cls._new_member_(cls, *args)
            if not hasattr(m, "_value_"):
                if cls._member_type_ is object:
                    m._value_ = value
                else:
                    try:
                        m._value_ = cls._member_type_(*args)
                    except Exception:
                        m._value_ = value
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m._sort_order_ = len(cls._member_names_)
        for klass in cls.__mro__:
            if "__init__" in klass.__dict__:
                if klass is not Enum and klass is not object and isinstance(klass, EnumType) or (
                        klass not in (object, int, str, float, bytes, tuple, complex) and not isinstance(klass, EnumType)):
                    klass.__dict__["__init__"](m, *args)
                break
        if Flag is not None and issubclass(cls, Flag) and isinstance(value, int):
            if value >= 0:
                type.__setattr__(cls, "_flag_mask_", cls._flag_mask_ | value)
                if _is_single_bit(value):
                    type.__setattr__(cls, "_singles_mask_", cls._singles_mask_ | value)
        # Alias?
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        else:
            if Flag is not None and issubclass(cls, Flag) and isinstance(value, int) and not _is_single_bit(value):
                # Multi-bit flag members are aliases of a combination: not iterated.
                cls._member_map_[name] = m
                type.__setattr__(cls, name, m)
                try:
                    cls._value2member_map_.setdefault(value, m)
                except TypeError:
                    pass
                return
            cls._member_names_.append(name)
        cls._member_map_[name] = m
        type.__setattr__(cls, name, m)
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            gnv = cls._generate_next_value_
            last = []
            for count, name in enumerate(names):
                v = gnv(name, start, count, last[:])
                last.append(v)
                items.append((name, v))
        elif hasattr(names, "items"):
            items = list(names.items())
        else:
            items = [tuple(item) for item in names]
        ns = {}
        for k, v in items:
            ns[k] = v
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except Exception:
                module = None
        if module is not None:
            ns["__module__"] = module
        if qualname is not None:
            ns["__qualname__"] = qualname
        ns_items = ns
        if boundary is not None:
            return metacls.__new__(metacls, class_name, bases, ns_items, boundary=boundary)
        return metacls.__new__(metacls, class_name, bases, ns_items)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = set(["__class__", "__doc__", "__members__", "__module__"])
        names.update(cls._member_names_)
        return sorted(names)


EnumMeta = EnumType


class _MembersProxy:
    """Read-only view of an enum's member map (like types.MappingProxyType)."""

    def __init__(self, mapping):
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return dict(self._m)

    def __eq__(self, other):
        return self._m == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __str__(self):
        return str(self._m)


def _lookup(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    result = None
    exc = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and result is None and exc is None:
        pass
    ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve
    if exc is None:
        exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))
    raise exc


class Enum(metaclass=EnumType):
    """Generic enumeration. Derive from this class to define new enumerations."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
        except TypeError:
            last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            for v in reversed(last_values):
                if isinstance(v, int):
                    return v + 1
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        mt = self._member_type_
        v_repr = repr if mt is object else mt.__repr__
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for klass in type(self).__mro__:
            if klass is Enum:
                break
            for k in klass.__dict__:
                if not k.startswith("_"):
                    names.append(k)
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v.bit_length() > high:
                high = v.bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg = value < 0
        if neg:
            value = all_bits + 1 + value
            if value < 0:
                value = value & all_bits
        boundary = cls._boundary_
        if value & ~flag_mask:
            if boundary == STRICT:
                width = max(all_bits.bit_length(), value.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value if not neg else value, _bin(value, width), _bin(flag_mask, width)))
            elif boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            return existing
        if cls._member_type_ is object:
            pm = object.__new__(cls)
        else:
            pm = cls._member_type_.__new__(cls, value)
        pm._value_ = value
        known = value & cls._flag_mask_
        names = [m._name_ for m in cls if m._value_ & known]
        extra = value & ~cls._flag_mask_
        name = "|".join(names) if names else None
        if extra and name is not None:
            name = name + "|" + str(extra)
        pm._name_ = name
        pm.__objclass__ = cls
        cls._value2member_map_[value] = pm
        return pm

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        v = self._value_
        for m in self.__class__:
            if m._value_ & v:
                yield m

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = repr if self._member_type_ is object else self._member_type_.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __or__(self, other):
        ov = self._get_value(other)
        if ov is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | ov)

    def __and__(self, other):
        ov = self._get_value(other)
        if ov is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & ov)

    def __xor__(self, other):
        ov = self._get_value(other)
        if ov is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ ov)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def _bin(num, width):
    digits = bin(num)[2:]
    digits = digits.rjust(width, "0")
    return "0b0 " + digits if num >= 0 else "0b1 " + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __hash__(self):
        return int.__hash__(self)

    def __repr__(self):
        return Flag.__repr__(self)

    def _int_op(self, other, op):
        if isinstance(other, self.__class__):
            ov = other._value_
        elif isinstance(other, int) and not isinstance(other, Flag):
            ov = other
        else:
            return NotImplemented
        return self.__class__(op(self._value_, ov))

    def __or__(self, other):
        return self._int_op(other, _or)

    def __and__(self, other):
        return self._int_op(other, _and)

    def __xor__(self, other):
        return self._int_op(other, _xor)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def global_enum(cls):
    mod = sys.modules.get(cls.__module__)
    if mod is not None:
        for name, m in cls.__members__.items():
            setattr(mod, name, m)
    return cls
