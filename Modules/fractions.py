"""Rational numbers: the Fraction class (Smolder implementation)."""

import math as _math

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951   # 2**61 - 1
_HASH_INF = 314159

_DIGITS = '0123456789'


def _digit_run(s, i, allow_underscores=True):
    """Scan digits (with single underscores between digits) from s[i].
    Return (digits_without_underscores, new_index); digits may be ''."""
    n = len(s)
    j = i
    out = []
    while j < n and s[j] in _DIGITS:
        out.append(s[j])
        j += 1
        if allow_underscores and j + 1 < n and s[j] == '_' and s[j + 1] in _DIGITS:
            j += 1
    return ''.join(out), j


def _parse_fraction_string(text):
    """Return (numerator, denominator) or None if the literal is invalid."""
    s = text.strip()
    n = len(s)
    i = 0
    neg = False
    if i < n and s[i] in '+-':
        neg = s[i] == '-'
        i += 1
    # lookahead: a digit, or '.' followed by a digit
    if i >= n:
        return None
    if not (s[i] in _DIGITS or (s[i] == '.' and i + 1 < n and s[i + 1] in _DIGITS)):
        return None
    num, i = _digit_run(s, i)
    if i < n and s[i] == '/':
        if not num:
            return None
        den, i = _digit_run(s, i + 1)
        if not den or i != n:
            return None
        num = int(num)
        den = int(den)
        if neg:
            num = -num
        return num, den
    numerator = int(num) if num else 0
    denominator = 1
    if i < n and s[i] == '.':
        dec, i = _digit_run(s, i + 1)
        if dec:
            scale = 10 ** len(dec)
            numerator = numerator * scale + int(dec)
            denominator *= scale
    if i < n and s[i] in 'eE':
        i += 1
        eneg = False
        if i < n and s[i] in '+-':
            eneg = s[i] == '-'
            i += 1
        ed, i = _digit_run(s, i)
        if not ed:
            return None
        e = int(ed)
        if eneg:
            e = -e
        if e >= 0:
            numerator *= 10 ** e
        else:
            denominator *= 10 ** (-e)
    if i != n:
        return None
    if neg:
        numerator = -numerator
    return numerator, denominator


def _is_decimal(x):
    t = type(x)
    return t.__name__ == 'Decimal' and getattr(t, '__module__', '') == 'decimal'


class Fraction(object):
    """This class implements rational numbers.

    Fraction(3, 4), Fraction('3/4'), Fraction('1.25'), Fraction(0.5), ...
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction_string(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator') \
                    and not isinstance(numerator, (float, complex)):
                numerator, denominator = numerator.numerator, numerator.denominator
                if not isinstance(numerator, int) or not isinstance(denominator, int):
                    raise TypeError('argument should be a string or a Rational instance')
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = (numerator._numerator, numerator._denominator) \
                    if isinstance(numerator, Fraction) else (int(numerator), 1)
                n2, d2 = (denominator._numerator, denominator._denominator) \
                    if isinstance(denominator, Fraction) else (int(denominator), 1)
                numerator = n1 * d2
                denominator = d1 * n2
            else:
                numerator = int(numerator)
                denominator = int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping convergents
        # h/k; stop when the next denominator would exceed the bound.
        h_prev, h = 0, 1
        k_prev, k = 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k_next = k_prev + a * k
            if k_next > max_denominator:
                break
            h_prev, h = h, h_prev + a * h
            k_prev, k = k, k_next
            n, d = d, n - a * d
        # best semiconvergent with the largest admissible multiplier
        t = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + t * h, k_prev + t * k)
        conv = Fraction(h, k)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic -------------------------------------------------------

    def _coerce(self, other):
        """Return (kind, value): kind 'q' for rationals (value=(n, d)),
        'f' for float, 'c' for complex, None otherwise."""
        if isinstance(other, Fraction):
            return 'q', (other._numerator, other._denominator)
        if isinstance(other, int):
            return 'q', (int(other), 1)
        if isinstance(other, float):
            return 'f', other
        if isinstance(other, complex):
            return 'c', other
        return None, None

    def __add__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            return Fraction(a._numerator * d + n * a._denominator, a._denominator * d)
        if k == 'f':
            return float(a) + b
        if k == 'c':
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            return Fraction(n * b._denominator + b._numerator * d, d * b._denominator)
        if k == 'f':
            return a + float(b)
        if k == 'c':
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            return Fraction(a._numerator * d - n * a._denominator, a._denominator * d)
        if k == 'f':
            return float(a) - b
        if k == 'c':
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            return Fraction(n * b._denominator - b._numerator * d, d * b._denominator)
        if k == 'f':
            return a - float(b)
        if k == 'c':
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            return Fraction(a._numerator * n, a._denominator * d)
        if k == 'f':
            return float(a) * b
        if k == 'c':
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            return Fraction(n * b._numerator, d * b._denominator)
        if k == 'f':
            return a * float(b)
        if k == 'c':
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            return Fraction(a._numerator * d, a._denominator * n)
        if k == 'f':
            return float(a) / b
        if k == 'c':
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            return Fraction(n * b._denominator, d * b._numerator)
        if k == 'f':
            return a / float(b)
        if k == 'c':
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            return (a._numerator * d) // (a._denominator * n)
        if k == 'f':
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            return (n * b._denominator) // (d * b._numerator)
        if k == 'f':
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            den = a._denominator * d
            return Fraction((a._numerator * d) % (n * a._denominator), den)
        if k == 'f':
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            den = d * b._denominator
            return Fraction((n * b._denominator) % (b._numerator * d), den)
        if k == 'f':
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        k, v = a._coerce(b)
        if k == 'q':
            n, d = v
            q, r = divmod(a._numerator * d, a._denominator * n)
            return q, Fraction(r, a._denominator * d)
        if k == 'f':
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        k, v = b._coerce(a)
        if k == 'q':
            n, d = v
            q, r = divmod(n * b._denominator, d * b._numerator)
            return q, Fraction(r, d * b._denominator)
        if k == 'f':
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if isinstance(b, int) or b._denominator == 1:
                power = b if isinstance(b, int) else b._numerator
                power = int(power)
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        n, d = a._numerator, a._denominator
        if d == 1:
            return float(n)
        try:
            return n / d
        except OverflowError:
            return float(Fraction(n, d))

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        P = _HASH_MODULUS
        m, n = self._numerator, self._denominator
        if n % P == 0:
            h = _HASH_INF
        else:
            h = (abs(m) % P) * pow(n, P - 2, P) % P
        if m < 0:
            h = -h
        if h == -1:
            h = -2
        return h

    # --- comparisons --------------------------------------------------------

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == Fraction(*b.as_integer_ratio())
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, Fraction):
            return op(self._numerator * other._denominator,
                      self._denominator * other._numerator)
        if isinstance(other, int):
            return op(self._numerator, self._denominator * other)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return self._richcmp(Fraction(*other.as_integer_ratio()), op)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
