"""Basic statistics functions (Smolder implementation).

Means and variances are accumulated exactly with Fractions and rounded
once at the end, so results agree with CPython bit for bit.
"""

import math as _math
from fractions import Fraction

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
    'covariance', 'correlation',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- helpers

def _is_decimal_type(T):
    return T.__name__ == 'Decimal' and getattr(T, '__module__', '') == 'decimal'


def _ratio(x):
    """Exact (numerator, denominator) of x; (x, None) for inf/nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    if issubclass(T, Fraction):
        T, S = S, T     # CPython reports this pair the other way round
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """Return (T, exact_total, count); total is a Fraction, or a float
    when infinities/NaNs were seen."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        count += 1
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        total = special
    else:
        total = Fraction(0)
        for d, n in partials.items():
            total += Fraction(n, d)
    return (T, total, count)


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        raise


def _ss(data, c=None):
    """Return (T, exact sum of squared deviations about the mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total, count)
    data = list(data)
    T, total, count = _sum(data)
    if count == 0:
        return (T, total, count)
    if not isinstance(total, Fraction):
        # infinities or NaNs: the result is NaN-ish; mimic float arithmetic
        return (T, total - total, count)
    mean_n, mean_d = (total / count).as_integer_ratio()
    acc = Fraction(0)
    parts = {}
    for x in data:
        n, d = _ratio(x)
        diff_n = n * mean_d - d * mean_n
        diff_d = d * mean_d
        key = diff_d * diff_d
        parts[key] = parts.get(key, 0) + diff_n * diff_n
    for d, n in parts.items():
        acc += Fraction(n, d)
    return (T, acc, count)


def _float_sqrt_of_frac(n, m):
    """Correctly rounded float square root of n/m (n >= 0, m > 0)."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise ValueError('math domain error')
    k = 58 - (n.bit_length() - m.bit_length()) // 2
    if k >= 0:
        num, den = n << (2 * k), m
    else:
        num, den = n, m << (-2 * k)
    r = _math.isqrt(num // den)
    if r * r * den != num:
        r |= 1
    return _math.ldexp(float(r), -k)


def _decimal_sqrt_of_frac(n, m, T):
    """Square root of n/m as a Decimal, correctly rounded in the current context."""
    if n <= 0:
        if not n:
            return T('0.0')
        raise ValueError('math domain error')
    import decimal
    prec = decimal.getcontext().prec
    k = prec + 2 - (len(str(n)) - len(str(m))) // 2
    if k >= 0:
        num, den = n * 10 ** (2 * k), m
    else:
        num, den = n, m * 10 ** (-2 * k)
    q = _math.isqrt(num // den)
    if q * q * den == num:
        return (T(n) / T(m)).sqrt()
    q = q * 10 + 1
    return +T((0, tuple(int(ch) for ch in str(q)), -k - 1))


# ------------------------------------------------------- measures of centre

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, Fraction):
        return T(total)
    return _convert(total / n, T)


def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _math.fsum(data) / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    data = list(data)
    if len(data) != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return _math.fsum([x * w for x, w in zip(data, weights)]) / den


def geometric_mean(data):
    try:
        logs = [_math.log(x) for x in data]
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    if not logs:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers')
    return _math.exp(_math.fsum(logs) / len(logs))


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        for w in weights:
            if w < 0:
                raise StatisticsError('Weighted sum must be positive')
        T, sum_weights, _ = _sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(not x for x in data):
        return 0
    T, total, count = _sum([w / x for w, x in zip(weights, data)])
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = 0
    while lo < n and data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    if isinstance(x, (str, bytes)):
        raise TypeError('expected number but got %r' % (x,))
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    cf = lo
    f = hi - lo
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best, best_count = x, c
    if best_count == 0:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ----------------------------------------------------- measures of spread

def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, Fraction):
        return T(ss)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, Fraction):
        return T(ss)
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return _math.sqrt(ss)
    mss = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator, T)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return _math.sqrt(ss)
    mss = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator, T)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# ------------------------------------------------- two-variable statistics

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = _math.fsum(x) / n
    ybar = _math.fsum(y) / n
    sxy = _math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = _math.fsum([(d := xi - xbar) * d for xi in x])
    syy = _math.fsum([(d := yi - ybar) * d for yi in y])
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')
