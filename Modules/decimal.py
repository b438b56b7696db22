"""Decimal fixed and floating point arithmetic (Smolder implementation, basic).

Implements the common part of the General Decimal Arithmetic specification:
construction, + - * / // % ** (integral exponents exact, others via exp/ln),
sqrt, quantize, comparisons, hashing, contexts and formatting.
"""

import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


# ------------------------------------------------------------------ signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


try:
    class FloatOperation(DecimalException, TypeError):
        pass
except TypeError:
    # Smolder cannot combine ArithmeticError and TypeError as bases yet.
    class FloatOperation(DecimalException):
        pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]
# conditions -> the signal whose flag/trap they use
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}
# order used in Context repr
_REPR_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
               Subnormal, Inexact, Rounded, Clamped]
_FLAG_REPR_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Inexact, Overflow,
                    Underflow, Subnormal, Rounded, Clamped]


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, v)
                               for k, v in self.items()) + '}'


# ------------------------------------------------------------------ context

class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = _default_template
        object.__setattr__(self, 'prec', 28)
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow)
                                                 for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        t = _SignalDict()
        for s in _SIGNALS:
            t[s] = bool(traps.get(s, False))
        object.__setattr__(self, 'traps', t)
        if flags is None:
            flags = {}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        f = _SignalDict()
        for s in _SIGNALS:
            f[s] = bool(flags.get(s, False))
        object.__setattr__(self, 'flags', f)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('traps', 'flags'):
            d = _SignalDict()
            for s in _SIGNALS:
                d[s] = (s in value) if not isinstance(value, dict) else bool(value.get(s, False))
            value = d
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _FLAG_REPR_ORDER if self.flags[s]]
        traps = [s.__name__ for s in _FLAG_REPR_ORDER if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, result=None):
        sig = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[sig] = True
        if self.traps[sig]:
            raise sig([condition])
        return result

    def create_decimal(self, num='0'):
        d = Decimal(num, self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # arithmetic wrappers
    def abs(self, a):
        return _conv(a).__abs__(context=self)

    def add(self, a, b):
        return _conv(a).__add__(_conv(b), self)

    def subtract(self, a, b):
        return _conv(a).__sub__(_conv(b), self)

    def multiply(self, a, b):
        return _conv(a).__mul__(_conv(b), self)

    def divide(self, a, b):
        return _conv(a).__truediv__(_conv(b), self)

    def divide_int(self, a, b):
        return _conv(a).__floordiv__(_conv(b), self)

    def remainder(self, a, b):
        return _conv(a).__mod__(_conv(b), self)

    def divmod(self, a, b):
        return _conv(a).__divmod__(_conv(b), self)

    def power(self, a, b, modulo=None):
        return _conv(a).__pow__(_conv(b), modulo, self)

    def plus(self, a):
        return _conv(a).__pos__(context=self)

    def minus(self, a):
        return _conv(a).__neg__(context=self)

    def sqrt(self, a):
        return _conv(a).sqrt(self)

    def quantize(self, a, b):
        return _conv(a).quantize(_conv(b), context=self)

    def compare(self, a, b):
        return _conv(a).compare(_conv(b), self)

    def max(self, a, b):
        return _conv(a).max(_conv(b), self)

    def min(self, a, b):
        return _conv(a).min(_conv(b), self)

    def to_integral_value(self, a):
        return _conv(a).to_integral_value(context=self)

    def normalize(self, a):
        return _conv(a).normalize(self)

    def is_nan(self, a):
        return _conv(a).is_nan()

    def is_zero(self, a):
        return _conv(a).is_zero()

    def to_sci_string(self, a):
        return _conv(a).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a).to_eng_string(self)


def _conv(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


_default_template = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_default_template = DefaultContext

_current = [None]


def getcontext():
    c = _current[0]
    if c is None:
        c = DefaultContext.copy()
        _current[0] = c
    return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(mgr.new_context, k, v)
    return mgr


# --------------------------------------------------------------- DecimalTuple

class DecimalTuple(tuple):
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


# ----------------------------------------------------------------- rounding

def _round_int(sign, c, drop, mode):
    """Drop `drop` low digits of coefficient c; return (new_c, inexact)."""
    if drop <= 0:
        return c * 10 ** (-drop), False
    if c and drop > _ndigits(c) + 1:
        # everything is dropped and the remainder is below half a unit
        q, r, p = 0, 1, 100
    else:
        p = 10 ** drop
        q, r = divmod(c, p)
    if r == 0:
        return q, False
    half = p // 2 if p > 1 else 0
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    elif mode == ROUND_HALF_UP:
        up = 2 * r >= p
    elif mode == ROUND_HALF_DOWN:
        up = 2 * r > p
    elif mode == ROUND_HALF_EVEN:
        up = 2 * r > p or (2 * r == p and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _ndigits(c):
    try:
        return len(str(c)) if c else 1
    except ValueError:
        # More than 4300 digits: str() of such an int raises (CPython's decimal has no such limit).
        return _ndigits_huge(c)


def _int_text(c):
    # str() of a coefficient of any size (CPython's decimal has no limit on digits): halves split
    # at a power of ten until each part is within the int-to-text limit.
    try:
        return str(c)
    except ValueError:
        half = _ndigits_huge(c) // 2
        high, low = divmod(c, 10 ** half)
        return _int_text(high) + _int_text(low).rjust(half, '0')


def _text_int(digits):
    # int() of a digit string of any length (the inverse of `_int_text`).
    try:
        return int(digits)
    except ValueError:
        half = len(digits) // 2
        return _text_int(digits[:-half]) * 10 ** half + _text_int(digits[-half:])


def _ndigits_huge(c):
    # Digits of a huge coefficient counted from its bit length, without converting it to text.
    n = (c.bit_length() - 1) * 30102 // 100000   # n <= floor(log10(c)), as 0.30102 < log10(2)
    p = 10 ** n
    while p * 10 <= c:
        p *= 10
        n += 1
    return n + 1


# ------------------------------------------------------------------ parsing

def _parse(s):
    """Return (sign, coeff_or_payload, exp, special) or None."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    i = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    body = s[i:]
    low = body.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 0, 'F')
    if low.startswith('nan') or low.startswith('snan'):
        special = 'n' if low.startswith('nan') else 'N'
        payload = low[3:] if special == 'n' else low[4:]
        if payload:
            if not payload.isdigit() or not payload.isascii():
                return None
            pl = int(payload)
        else:
            pl = 0
        return (sign, pl, 0, special)
    mant = body
    exp = 0
    epos = -1
    for k, ch in enumerate(body):
        if ch in 'eE':
            epos = k
            break
    if epos >= 0:
        mant = body[:epos]
        es = body[epos + 1:]
        if es[:1] in ('+', '-'):
            esign = es[0]
            es = es[1:]
        else:
            esign = '+'
        if not es or not es.isdigit() or not es.isascii():
            return None
        exp = int(es) if esign == '+' else -int(es)
    if '.' in mant:
        a, _, b = mant.partition('.')
    else:
        a, b = mant, ''
    if not a and not b:
        return None
    digits = a + b
    if not digits.isdigit() or not digits.isascii() and not all(ch.isdigit() for ch in digits):
        return None
    if not digits.isascii():
        digits = ''.join(str(int(ch)) for ch in digits)
    return (sign, _text_int(digits), exp - len(b), None)


# ------------------------------------------------------------------ Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = \
                value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = p
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1) or isinstance(sign, bool) and False:
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = int(sign)
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
                return self
            c = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                c = c * 10 + dgt
            if exp in ('n', 'N'):
                self._int, self._exp, self._special = c, 0, exp
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            self._int, self._exp, self._special = c, exp, None
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def _make(cls, sign, c, exp, special=None):
        self = object.__new__(Decimal)
        self._sign = sign
        self._int = c
        self._exp = exp
        self._special = special
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f != f:
            d = Decimal._make(0, 0, 0, 'n')
        elif f in (_math.inf, -_math.inf):
            d = Decimal._make(sign, 0, 0, 'F')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = Decimal._make(sign, n * 5 ** k, -k)
        if cls is Decimal:
            return d
        return cls(d)

    # -------------------------------------------------------- predicates
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._special == 'F':
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(ch) for ch in _int_text(self._int))
        if self._special:
            if self._int == 0:
                digits = ()
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -------------------------------------------------------- conversions
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (_int_text(self._int) if self._int else '')
        c = _int_text(self._int)
        exp = self._exp
        leftdigits = exp + len(c)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + c
        elif dotplace >= len(c):
            intpart = c + '0' * (dotplace - len(c))
            fracpart = ''
        else:
            intpart = c[:dotplace]
            fracpart = '.' + c[dotplace:]
        if leftdigits == dotplace:
            e = ''
        else:
            if context is None:
                context = getcontext()
            e = ['e', 'E'][context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._special:
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special or self._int)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._special:
            return int(self)
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            return int(self)
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special:
            return int(self)
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    # ---------------------------------------------------------- helpers
    def _fix(self, context):
        """Round to context precision and check exponent limits."""
        if self._special:
            if self._special == 'N':
                return self
            return self
        prec = context.prec
        c = self._int
        exp = self._exp
        sign = self._sign
        nd = _ndigits(c)
        etiny = context.Emin - prec + 1
        if c == 0:
            emax = context.Emax - prec + 1 if context.clamp else context.Emax
            if exp < etiny:
                context._raise(Clamped)
                return Decimal._make(sign, 0, etiny)
            if exp > emax:
                context._raise(Clamped)
                return Decimal._make(sign, 0, emax)
            return self
        adj = exp + nd - 1
        if adj < context.Emin:
            target = max(etiny, exp + max(nd - prec, 0))
            drop = target - exp
            if drop <= 0:
                context._raise(Subnormal)
                return self
            newc, inexact = _round_int(sign, c, drop, context.rounding)
            context._raise(Subnormal)
            context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
                context._raise(Underflow)
                if newc == 0:
                    context._raise(Clamped)
            return Decimal._make(sign, newc, target)
        if nd > prec:
            drop = nd - prec
            newc, inexact = _round_int(sign, c, drop, context.rounding)
            exp += drop
            if newc == 10 ** prec:
                newc //= 10
                exp += 1
            context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
            c = newc
            nd = prec
        if exp + nd - 1 > context.Emax:
            context.flags[Inexact] = True
            context.flags[Rounded] = True
            context.flags[Overflow] = True
            if context.traps[Overflow]:
                raise Overflow([Overflow])
            r = context.rounding
            if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 10 ** prec - 1, context.Emax - prec + 1)
        if context.clamp and exp > context.Emax - prec + 1:
            shift = exp - (context.Emax - prec + 1)
            c *= 10 ** shift
            exp -= shift
            context._raise(Clamped)
        if c is self._int and exp == self._exp:
            return self
        return Decimal._make(sign, c, exp)

    def _check_nans(self, other, context):
        """Return a NaN result if either operand is a NaN, else None."""
        sn = self._special in ('n', 'N')
        on = other is not None and other._special in ('n', 'N')
        if not (sn or on):
            return None
        if self._special == 'N':
            return context._raise(InvalidOperation, Decimal._make(self._sign, self._int, 0, 'n'))
        if on and other._special == 'N':
            return context._raise(InvalidOperation, Decimal._make(other._sign, other._int, 0, 'n'))
        if sn:
            return self
        return other

    def _to_dec(self, other, raiseit=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if raiseit:
            raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
        return NotImplemented

    # ------------------------------------------------------ arithmetic
    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(None, context)
            return r if r is not None else self
        if not self._int and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return self._fix(context)

    plus = __pos__

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(None, context)
            if r is not None:
                return r
        if not self._special and not self._int and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)._fix(context)

    minus = __neg__

    def __abs__(self, round=True, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(None, context)
            if r is not None:
                return r
        d = Decimal._make(0, self._int, self._exp, self._special)
        return d._fix(context) if round else d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = self._to_dec(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    def __add__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            r = self._check_nans(other, context)
            if r is not None:
                return r
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
                return Decimal._make(self._sign, 0, 0, 'F')
            return Decimal._make(other._sign, 0, 0, 'F')
        x, y = self, other
        if not x._int and not y._int:
            pass
        elif not y._int or not x._int:
            if not x._int:
                x, y = y, x
            # y is a zero: the result is x, possibly extended with zeros
            if y._exp < x._exp:
                room = max(context.prec - _ndigits(x._int), 0)
                newexp = max(y._exp, x._exp - room)
                if newexp > y._exp:
                    context._raise(Rounded)
                res = Decimal._make(x._sign, x._int * 10 ** (x._exp - newexp), newexp)
                return res._fix(context)
            return Decimal._make(x._sign, x._int, x._exp)._fix(context)
        else:
            ax, ay = x.adjusted(), y.adjusted()
            if ax < ay:
                x, y, ax, ay = y, x, ay, ax
            if ax != ay:
                T = min(x._exp, ax - context.prec - 1)
                if ay < T - 1:
                    y = Decimal._make(y._sign, 1, T - 2)
        exp = min(x._exp, y._exp)
        a = x._int * 10 ** (x._exp - exp)
        b = y._int * 10 ** (y._exp - exp)
        if x._sign:
            a = -a
        if y._sign:
            b = -b
        s = a + b
        if s == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return Decimal._make(sign, 0, exp)._fix(context)
        return Decimal._make(1 if s < 0 else 0, abs(s), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if other._special in ('n', 'N'):
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = self._check_nans(other, context)
            if r is not None:
                return r
            if (self._special == 'F' and not other._special and not other._int) or \
                    (other._special == 'F' and not self._special and not self._int):
                return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            r = self._check_nans(other, context)
            if r is not None:
                return r
            if self._special == 'F' and other._special == 'F':
                return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
            if self._special == 'F':
                return Decimal._make(sign, 0, 0, 'F')
            context._raise(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, Decimal._make(0, 0, 0, 'n'))
            return context._raise(DivisionByZero, Decimal._make(sign, 0, 0, 'F'))
        ideal = self._exp - other._exp
        if not self._int:
            return Decimal._make(sign, 0, ideal)._fix(context)
        prec = context.prec
        c1, c2 = self._int, other._int
        shift = _ndigits(c2) - _ndigits(c1) + prec + 1
        if shift >= 0:
            q, r = divmod(c1 * 10 ** shift, c2)
        else:
            q, r = divmod(c1, c2 * 10 ** (-shift))
        exp = ideal - shift
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return Decimal._make(sign, q, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide(self, other, context):
        """Return (quotient, remainder) per divide-integer/remainder, or a
        pair of NaN results."""
        sign = self._sign ^ other._sign
        if other._special == 'F':
            ideal = min(self._exp, other._exp)
            return Decimal._make(sign, 0, 0), self._fix(context)
        if not self._int:
            return Decimal._make(sign, 0, 0), Decimal._make(self._sign, 0, min(self._exp, other._exp))
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            nan = context._raise(DivisionImpossible, Decimal._make(0, 0, 0, 'n'))
            return nan, nan
        return (Decimal._make(sign, q, 0),
                Decimal._make(self._sign, r, exp)._fix(context))

    def _divmod_specials(self, other, context, which):
        r = self._check_nans(other, context)
        if r is not None:
            return r, r
        if self._special == 'F':
            if other._special == 'F':
                nan = context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
                return nan, nan
            nan = context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n')) if which != 'q' else None
            return Decimal._make(self._sign ^ other._sign, 0, 0, 'F'), nan
        return None

    def __floordiv__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            res = self._divmod_specials(other, context, 'q')
            if res is not None:
                return res[0]
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, Decimal._make(0, 0, 0, 'n'))
            return context._raise(DivisionByZero, Decimal._make(self._sign ^ other._sign, 0, 0, 'F'))
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            res = self._divmod_specials(other, context, 'r')
            if res is not None:
                return res[1]
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined, Decimal._make(0, 0, 0, 'n'))
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        return self._divide(other, context)[1]

    def __rmod__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            res = self._divmod_specials(other, context, 'd')
            if res is not None:
                return res
        if not other._int:
            if not self._int:
                nan = context._raise(DivisionUndefined, Decimal._make(0, 0, 0, 'n'))
                return nan, nan
            q = context._raise(DivisionByZero, Decimal._make(self._sign ^ other._sign, 0, 0, 'F'))
            r = context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
            return q, r
        return self._divide(other, context)

    def __rdivmod__(self, other, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = self._to_dec(other, True)
        if context is None:
            context = getcontext()
        q, r = self._divide(other, context)
        if r.is_nan():
            return r
        # choose the remainder nearest to zero
        twice = abs(r) + abs(r)
        ao = abs(other)
        if twice > ao or (twice == ao and q._int % 2 == 1):
            r = r - other if (r._sign == other._sign) else r + other
            r = Decimal._make(r._sign if r._int else self._sign, r._int, r._exp)
        return r._fix(context)

    def _isinteger(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** (-self._exp) == 0

    def _to_int_exact(self):
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        if not other._special and not other._int:
            if not self._special and not self._int:
                return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
            return Decimal._make(0, 1, 0)._fix(context)
        # result sign
        sign = 0
        if self._sign:
            if other._isinteger():
                if other._to_int_exact() % 2:
                    sign = 1
            elif self._special or self._int:
                return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        if not self._special and not self._int:
            if other._sign:
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, 0)
        if self._special == 'F':
            if other._sign:
                return Decimal._make(sign, 0, 0)
            return Decimal._make(sign, 0, 0, 'F')
        if other._special == 'F':
            a = abs(self)
            one = Decimal(1)
            if a == one:
                context._raise(Inexact)
                context._raise(Rounded)
                return Decimal._make(0, 10 ** (context.prec - 1), 1 - context.prec)
            if (a > one) != bool(other._sign):
                return Decimal._make(sign, 0, 0, 'F')
            return Decimal._make(sign, 0, 0)
        if other._isinteger():
            n = other._to_int_exact()
            if n > 0:
                if n * max(1, _ndigits(self._int)) > 10 * (context.prec + 50) + 10 ** 6 \
                        and _ndigits(self._int) > 1:
                    return self._power_general(other, context, sign)
                return Decimal._make(sign, self._int ** n, self._exp * n)._fix(context)
            n = -n
            denom = Decimal._make(sign, self._int ** n, self._exp * n)
            return Decimal(1).__truediv__(denom, context)
        return self._power_general(other, context, sign)

    def __rpow__(self, other, modulo=None, context=None):
        other = self._to_dec(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def _power_modulo(self, other, modulo, context):
        other = self._to_dec(other, True)
        modulo = self._to_dec(modulo, True)
        if context is None:
            context = getcontext()
        if not (self._isinteger() and other._isinteger() and modulo._isinteger()) or \
                other._sign or not modulo._int:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        m = modulo._to_int_exact()
        base = self._to_int_exact()
        e = other._to_int_exact()
        res = pow(abs(base), e, abs(m))
        sign = 1 if base < 0 and e % 2 else 0
        return Decimal._make(sign, res, 0)

    def _power_general(self, other, context, sign):
        import _decimal_extras
        return _decimal_extras.power_general(self, other, context, sign)

    def exp(self, context=None):
        import _decimal_extras
        return _decimal_extras.exp(self, context)

    def ln(self, context=None):
        import _decimal_extras
        return _decimal_extras.ln(self, context)

    def log10(self, context=None):
        import _decimal_extras
        return _decimal_extras.log10(self, context)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(None, context)
            if r is not None:
                return r
            if self._sign:
                return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
            return self
        ideal = self._exp // 2
        if not self._int:
            return Decimal._make(self._sign, 0, ideal)._fix(context)
        if self._sign:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        prec = context.prec
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        # make c have at least 2*prec+2 digits
        k = max(0, prec + 1 - (_ndigits(c) + 1) // 2)
        c *= 10 ** (2 * k)
        r = _math.isqrt(c)
        exp = e // 2 - k
        if r * r == c:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        else:
            if r % 5 == 0:
                r += 1
        return Decimal._make(0, r, exp)._fix(_rounding_copy(context, ROUND_HALF_EVEN))

    # ---------------------------------------------------- quantization
    def quantize(self, exp, rounding=None, context=None):
        exp = self._to_dec(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            r = self._check_nans(exp, context)
            if r is not None:
                return r
            if self._special == 'F' and exp._special == 'F':
                return self
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        target = exp._exp
        if not context.Etiny() <= target <= context.Emax:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        if not self._int:
            return Decimal._make(self._sign, 0, target)._fix(context)
        drop = target - self._exp
        c, inexact = _round_int(self._sign, self._int, drop, rounding)
        if c and _ndigits(c) > context.prec:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        if c and target + _ndigits(c) - 1 > context.Emax:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        if drop > 0:
            context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
        return Decimal._make(self._sign, c, target)

    def same_quantum(self, other, context=None):
        other = self._to_dec(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            r = self._check_nans(None, context)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        c, inexact = _round_int(self._sign, self._int, -self._exp, rounding)
        return Decimal._make(self._sign, c, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            r = self._check_nans(None, context)
            return r if r is not None else self
        if self._exp >= 0:
            return self
        c, inexact = _round_int(self._sign, self._int, -self._exp, rounding)
        context._raise(Rounded)
        if inexact:
            context._raise(Inexact)
        return Decimal._make(self._sign, c, 0)

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = self._check_nans(None, context)
            return r if r is not None else self
        d = self._fix(context)
        if d._special:
            return d
        if not d._int:
            return Decimal._make(d._sign, 0, 0)
        c, e = d._int, d._exp
        emax = context.Emax - context.prec + 1 if context.clamp else context.Emax
        while c % 10 == 0 and e < emax:
            c //= 10
            e += 1
        return Decimal._make(d._sign, c, e)

    def scaleb(self, other, context=None):
        other = self._to_dec(other, True)
        if context is None:
            context = getcontext()
        if self._special:
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context)

    def fma(self, other, third, context=None):
        other = self._to_dec(other, True)
        third = self._to_dec(third, True)
        with localcontext() as ctx:
            ctx.prec = MAX_PREC
            ctx.traps[Inexact] = False
            product = self.__mul__(other, ctx)
        return product.__add__(third, context)

    # ----------------------------------------------------- comparisons
    def _cmp_value(self, other):
        """Compare finite/infinite non-NaN values: -1, 0, 1."""
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                if a == 0:
                    return -b
                if b == 0:
                    return a
                return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        sa = -1 if self._sign else 1
        sb = -1 if other._sign else 1
        if not self._int:
            return -sb
        if not other._int:
            return sa
        if sa != sb:
            return sa
        adj_a, adj_b = self.adjusted(), other.adjusted()
        if adj_a != adj_b:
            return sa if adj_a > adj_b else -sa
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        c = (a > b) - (a < b)
        return c if sa > 0 else -c

    def _convert_for_compare(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if not equality and ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        if type(other).__name__ == 'Fraction' and hasattr(other, 'numerator'):
            return other
        return NotImplemented

    def __eq__(self, other):
        o = self._convert_for_compare(other, True)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            return self._cmp_fraction(o) == 0 if not self._special else False
        if self._special == 'N' or o._special == 'N':
            getcontext()._raise(InvalidOperation)
            return False
        if self.is_nan() or o.is_nan():
            return False
        return self._cmp_value(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _cmp_fraction(self, f):
        n, d = self.as_integer_ratio()
        a = n * f.denominator
        b = f.numerator * d
        return (a > b) - (a < b)

    def _order(self, other):
        o = self._convert_for_compare(other, False)
        if o is NotImplemented:
            return o
        if not isinstance(o, Decimal):
            if self.is_nan():
                getcontext()._raise(InvalidOperation)
                return None
            if self._special == 'F':
                return -1 if self._sign else 1
            return self._cmp_fraction(o)
        if self.is_nan() or o.is_nan():
            getcontext()._raise(InvalidOperation)
            return None
        return self._cmp_value(o)

    def __lt__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c < 0

    def __le__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c <= 0

    def __gt__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c > 0

    def __ge__(self, other):
        c = self._order(other)
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c >= 0

    def compare(self, other, context=None):
        other = self._to_dec(other, True)
        if context is None:
            context = getcontext()
        r = self._check_nans(other, context)
        if r is not None:
            return r
        return Decimal(self._cmp_value(other))

    def compare_total(self, other, context=None):
        other = self._to_dec(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        def key(d):
            if d._special == 'n':
                return (3, d._int, 0)
            if d._special == 'N':
                return (2, d._int, 0)
            if d._special == 'F':
                return (1, 0, 0)
            return (0, Decimal._make(0, d._int, d._exp), d._exp)
        ka, kb = key(self), key(other)
        if ka[0] != kb[0]:
            c = (ka[0] > kb[0]) - (ka[0] < kb[0])
        elif ka[0] == 0:
            c = ka[1]._cmp_value(kb[1])
            if c == 0:
                c = (ka[2] > kb[2]) - (ka[2] < kb[2])
        else:
            c = (ka[1] > kb[1]) - (ka[1] < kb[1])
        if self._sign:
            c = -c
        return Decimal(c)

    def max(self, other, context=None):
        other = self._to_dec(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N':
                return self._check_nans(other, context)
            if self.is_nan() and other.is_nan():
                return self
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp_value(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c >= 0 else other)._fix(context)

    def min(self, other, context=None):
        other = self._to_dec(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self._special == 'N' or other._special == 'N':
                return self._check_nans(other, context)
            if self.is_nan() and other.is_nan():
                return self
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp_value(other)
        if c == 0:
            c = self.compare_total(other)._int * (-1 if self.compare_total(other)._sign else 1)
        return (self if c <= 0 else other)._fix(context)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        P = _HASH_MODULUS
        if self._exp >= 0:
            h = self._int % P * pow(10, self._exp, P) % P
        else:
            h = self._int % P * pow(pow(10, -self._exp, P), P - 2, P) % P
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -------------------------------------------------------- formatting
    def __format__(self, specifier, context=None):
        import _decimal_extras
        return _decimal_extras.format(self, specifier, context)


_Decimal = Decimal


def _quiet_copy(context, rounding):
    c = Context(prec=context.prec, rounding=rounding, Emin=context.Emin, Emax=context.Emax,
                capitals=context.capitals, clamp=context.clamp, traps=[])
    return c


def _rounding_copy(context, rounding):
    # sqrt always rounds half-even; keep the caller's flags in sync
    if context.rounding == rounding:
        return context
    c = context.copy()
    c.rounding = rounding
    return _FlagProxy(context, c)


class _FlagProxy(object):
    """A context that rounds with another mode but reports into the original."""

    def __init__(self, orig, tmp):
        self._orig = orig
        self._tmp = tmp

    def __getattr__(self, name):
        if name in ('rounding',):
            return self._tmp.rounding
        return getattr(self._orig, name)
