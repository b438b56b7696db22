"""Basic date and time types (Smolder implementation)."""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')


def _tname(obj):
    t = type(obj)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ord2ymd(n):
    # estimate the year, then correct it
    year = (n * 400) // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    doy = n - _days_before_year(year)   # 1-based
    leap = _is_leap(year)
    month = 1
    while True:
        dim = 29 if (month == 2 and leap) else _DAYS_IN_MONTH[month]
        if doy <= dim:
            return year, month, doy
        doy -= dim
        month += 1


def _index(x):
    if isinstance(x, int):
        return int(x)
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _round_half_even_div(a, b):
    """Round a/b (integers, b > 0 or b < 0) to the nearest integer, ties to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
    return offset


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# ------------------------------------------------------------------ timedelta

def _to_ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise ValueError('cannot convert float %s to integer' % x)
        return x.as_integer_ratio()
    raise TypeError('unsupported type for timedelta component: %s' % type(x).__name__)


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # exact total in microseconds as a ratio num/den
        num, den = 0, 1
        for value, scale in ((days, 86400000000), (seconds, 1000000),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int) and den == 1:
                num += value * scale
                continue
            n, d = _to_ratio(value)
            num = num * d + n * scale * den
            den = den * d
        total = num if den == 1 else _round_half_even_div(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        d, rem = divmod(total, 86400000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even_div(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even_div(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even_div(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp_key(self, other):
        return self._us(), other._us()

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------------ strftime

def _wrap_strftime(fmt, year, month, day, hour, minute, second, us, weekday, yday, off, tzname):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        if c == 'Y':
            out.append(str(year))
        elif c == 'm':
            out.append('%02d' % month)
        elif c == 'd':
            out.append('%02d' % day)
        elif c == 'e':
            out.append('%2d' % day)
        elif c == 'H':
            out.append('%02d' % hour)
        elif c == 'M':
            out.append('%02d' % minute)
        elif c == 'S':
            out.append('%02d' % second)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'y':
            out.append('%02d' % (year % 100))
        elif c == 'C':
            out.append('%02d' % (year // 100))
        elif c == 'b' or c == 'h':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif c == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif c == 'a':
            out.append(_DAY_NAMES[weekday][:3])
        elif c == 'A':
            out.append(_DAY_NAMES[weekday])
        elif c == 'w':
            out.append(str((weekday + 1) % 7))
        elif c == 'u':
            out.append(str(weekday + 1))
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif c == 'I':
            out.append('%02d' % ((hour % 12) or 12))
        elif c == 'z':
            out.append(_format_offset(off, '') if off is not None else '')
        elif c == 'Z':
            out.append(tzname or '')
        elif c == '%':
            out.append('%')
        elif c == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (weekday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday - 1 + 7 - weekday) // 7))
        elif c in 'GVg':
            iy, iw, _ = _iso_calendar(year, month, day)
            if c == 'G':
                out.append(str(iy))
            elif c == 'g':
                out.append('%02d' % (iy % 100))
            else:
                out.append('%02d' % iw)
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day,
                hour, minute, second, year))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif c == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        else:
            out.append('%' + c)
    return ''.join(out)


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_calendar(year, month, day):
    today = _ymd2ord(year, month, day)
    y = year
    w1 = _iso_week1_monday(y)
    if today < w1:
        y -= 1
        w1 = _iso_week1_monday(y)
    elif y < MAXYEAR + 1:
        nxt = _iso_week1_monday(y + 1)
        if today >= nxt:
            y += 1
            w1 = nxt
    week, wday = divmod(today - w1, 7)
    return y, week + 1, wday + 1


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            'datetime.IsoCalendarDate', self[0], self[1], self[2])


# ---------------------------------------------------------------- ISO parsing

def _parse_int(s, what=None):
    if not s or not s.isdigit() or not s.isascii():
        raise ValueError
    return int(s)


def _parse_iso_date(s):
    """Parse YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    n = len(s)
    if n < 7:
        raise ValueError
    year = _parse_int(s[0:4])
    if s[4] == '-':
        rest = s[5:]
        if rest[:1] == 'W':
            if len(rest) == 3:
                return _from_iso_week(year, _parse_int(rest[1:3]), 1)
            if len(rest) == 5 and rest[3] == '-':
                return _from_iso_week(year, _parse_int(rest[1:3]), _parse_int(rest[4]))
            raise ValueError
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        return year, _parse_int(rest[0:2]), _parse_int(rest[3:5])
    rest = s[4:]
    if rest[:1] == 'W':
        if len(rest) == 3:
            return _from_iso_week(year, _parse_int(rest[1:3]), 1)
        if len(rest) == 4:
            return _from_iso_week(year, _parse_int(rest[1:3]), _parse_int(rest[3]))
        raise ValueError
    if len(rest) != 4:
        raise ValueError
    return year, _parse_int(rest[0:2]), _parse_int(rest[2:4])


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first_wd = (_ymd2ord(year, 1, 1) + 6) % 7
            if first_wd == 3 or (first_wd == 2 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)


def _parse_iso_time(s):
    """Return (h, m, s, us, tz) from an ISO time string."""
    tzpos = -1
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tzpos = i
            break
    tz = None
    tpart = s
    if tzpos >= 0:
        tpart = s[:tzpos]
        tzs = s[tzpos:]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            if tzs[0] == 'Z':
                raise ValueError
            sign = -1 if tzs[0] == '-' else 1
            h, m, sec, us = _parse_hms(tzs[1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            tz = timezone(sign * off) if off else timezone.utc
    h, m, sec, us = _parse_hms(tpart)
    return h, m, sec, us, tz


def _parse_hms(s):
    n = len(s)
    if n < 2:
        raise ValueError
    frac = ''
    for sep in '.,':
        p = s.find(sep)
        if p >= 0:
            frac = s[p + 1:]
            s = s[:p]
            if not frac:
                raise ValueError
            break
    if ':' in s:
        parts = s.split(':')
        if len(parts) > 3 or any(len(p) != 2 for p in parts):
            raise ValueError
    else:
        if len(s) not in (2, 4, 6):
            raise ValueError
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    vals = [_parse_int(p) for p in parts]
    while len(vals) < 3:
        vals.append(0)
    if frac:
        if len(parts) != 3:
            raise ValueError
        us = _parse_int(frac[:6].ljust(6, '0'))
        if not frac.isdigit():
            raise ValueError
    else:
        us = 0
    return vals[0], vals[1], vals[2], us


# ---------------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, wd, jd, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            y, m, d = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_from_iso_week(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tname(self), self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[wd - 1][:3], _MONTH_NAMES[self._month - 1][:3],
                                            self._day, self._year)

    def _yday(self):
        return _DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year)) + self._day

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                              self.weekday(), self._yday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _cmpable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._cmpable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if self._cmpable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._cmpable(other):
            return self._date_key() < other._date_key()
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
        return NotImplemented

    def __le__(self, other):
        if self._cmpable(other):
            return self._date_key() <= other._date_key()
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
        return NotImplemented

    def __gt__(self, other):
        if self._cmpable(other):
            return self._date_key() > other._date_key()
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
        return NotImplemented

    def __ge__(self, other):
        if self._cmpable(other):
            return self._date_key() >= other._date_key()
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# -------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst


# ---------------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def _key(self):
        return (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, kind):
        if not isinstance(other, time):
            return NotImplemented
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        a, b = self._key(), other._key()
        if (myoff is None) != (otoff is None):
            if kind == 'eq':
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        if myoff is not None and myoff != otoff:
            a -= myoff._us()
            b -= otoff._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other, 'eq')
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, 'eq')
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            k = self._key()
            if off is not None:
                k -= off._us()
            self._hashcode = hash(k)
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        s = '%s(%s' % (_tname(self), s)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        try:
            h, m, sec, us, tz = _parse_iso_time(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        off = self.utcoffset()
        return _wrap_strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                              self._microsecond, 0, 1, off, self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------------ datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        conv = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, wd, jd, dst = tuple(conv(whole))[:9]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            # find where the date part ends
            if s[4] == '-':
                dlen = 8 if s[5] == 'W' else 10
                if s[5] == 'W' and len(s) > 8 and s[8] == '-':
                    dlen = 10
            else:
                dlen = 7 if s[4] == 'W' else 8
                if s[4] == 'W' and len(s) > 7 and s[7].isdigit():
                    dlen = 8
            y, m, d = _parse_iso_date(s[:dlen])
            if len(s) > dlen:
                rest = s[dlen + 1:]
                if not rest:
                    raise ValueError
                hh, mm, ss, us, tz = _parse_iso_time(rest)
            else:
                hh = mm = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), dt._yday(), 0))

    def _local_seconds(self):
        tt = (self._year, self._month, self._day, self._hour, self._minute, self._second,
              0, 0, -1)
        return _time.mktime(_time.struct_time(tt))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        lt = _time.localtime(ts)
        gmtoff = getattr(lt, 'tm_gmtoff', None)
        zone = getattr(lt, 'tm_zone', None)
        if gmtoff is None:
            gmtoff = -_time.timezone
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[wd - 1][:3], _MONTH_NAMES[self._month - 1][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
            if L[-1] == 0:
                del L[-1]
        s = '%s(%s' % (_tname(self), ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._microsecond,
                              self.weekday(), self._yday(), self.utcoffset(), self.tzname())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def _us_naive(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp(self, other, kind):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if kind == 'eq':
                    return NotImplemented
                raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
            return NotImplemented
        a = self._us_naive()
        b = other._us_naive()
        if self._tzinfo is other._tzinfo:
            return (a > b) - (a < b)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if (myoff is None) != (otoff is None):
            if kind == 'eq':
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if myoff is not None:
            a -= myoff._us()
            b -= otoff._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other, 'eq')
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, 'eq')
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, 'ord')
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            k = self._us_naive()
            off = self.utcoffset()
            if off is not None:
                k -= off._us()
            self._hashcode = hash(k)
        return self._hashcode

    @classmethod
    def _from_us_naive(cls, total, tz, fold=0):
        days, rem = divmod(total, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rem, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us_naive(self._us_naive() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us_naive(self._us_naive() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a = self._us_naive()
            b = other._us_naive()
            if self._tzinfo is not other._tzinfo:
                myoff = self.utcoffset()
                otoff = other.utcoffset()
                if (myoff is None) != (otoff is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if myoff is not None:
                    a -= myoff._us()
                    b -= otoff._us()
            return timedelta._from_us(a - b)
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ------------------------------------------------------------------ timezone

class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and _UTC_SINGLETON:
                return _UTC_SINGLETON[0]
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -_MAX_OFFSET <= offset <= _MAX_OFFSET:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tname(self), self._offset)
        return '%s(%r, %r)' % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s' % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s' % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s' % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc: argument must be a datetime')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())


_MAX_OFFSET = timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)
_UTC_SINGLETON = []
_UTC_SINGLETON.append(timezone._create(timedelta(0)))
timezone.utc = _UTC_SINGLETON[0]
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
