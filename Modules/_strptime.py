"""strptime parsing for Smolder's datetime module (loaded on first use)."""

import time as _time
from datetime import (timedelta, timezone, _DAY_NAMES, _MONTH_NAMES, _ymd2ord,
                      _ord2ymd, _MAXORDINAL)

# ------------------------------------------------------------------ strptime

_D = '0123456789'
_D19 = '123456789'
_NUM_PATTERNS = {
    'd': (('3', '01'), ('12', _D), ('0', _D19), (_D19,), (' ', _D19)),
    'f': ((_D,) * 6, (_D,) * 5, (_D,) * 4, (_D,) * 3, (_D,) * 2, (_D,)),
    'H': (('2', '0123'), ('01', _D), (_D,)),
    'I': (('1', '012'), ('0', _D19), (_D19,)),
    'G': ((_D, _D, _D, _D),),
    'j': (('3', '6', '0123456'), ('3', '012345', _D), ('12', _D, _D), ('0', _D19, _D),
          ('0', '0', _D19), (_D19, _D), ('0', _D19), (_D19,)),
    'm': (('1', '012'), ('0', _D19), (_D19,)),
    'M': (('012345', _D), (_D,)),
    'S': (('6', '01'), ('012345', _D), (_D,)),
    'U': (('5', '0123'), ('01234', _D), (_D,)),
    'W': (('5', '0123'), ('01234', _D), (_D,)),
    'V': (('5', '0123'), ('0', _D19), ('1234', _D), (_D,)),
    'w': (('0123456',),),
    'u': (('1234567',),),
    'y': ((_D, _D),),
    'Y': ((_D, _D, _D, _D),),
}


def _names_by_length(names):
    return sorted(names, key=len, reverse=True)


def _expand_format(fmt):
    """Split the format into tokens: ('lit', ch), ('ws',), ('dir', ch)."""
    tokens = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= n:
                raise ValueError('stray %% in format %r' % (fmt,))
            c = fmt[i + 1]
            i += 2
            if c == 'c':
                tokens.extend(_expand_format('%a %b %d %H:%M:%S %Y'))
            elif c == 'x':
                tokens.extend(_expand_format('%m/%d/%y'))
            elif c == 'X':
                tokens.extend(_expand_format('%H:%M:%S'))
            elif c == '%':
                tokens.append(('lit', '%'))
            elif c in _NUM_PATTERNS or c in 'aAbBpzZ':
                tokens.append(('dir', c))
            else:
                raise ValueError('%r is a bad directive in format %r' % (c, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', ch))
            i += 1
    return tokens


def _candidates(c, s, i):
    """Possible matches for directive c at s[i:], best first: list of strings."""
    out = []
    if c in _NUM_PATTERNS:
        for alt in _NUM_PATTERNS[c]:
            k = len(alt)
            if i + k <= len(s):
                ok = True
                for j in range(k):
                    if s[i + j] not in alt[j]:
                        ok = False
                        break
                if ok:
                    out.append(s[i:i + k])
        return out
    low = s[i:].lower()
    if c in 'aA':
        names = [d.lower() for d in _DAY_NAMES] if c == 'A' else [d[:3].lower() for d in _DAY_NAMES]
    elif c in 'bB':
        names = [m.lower() for m in _MONTH_NAMES] if c == 'B' else [m[:3].lower() for m in _MONTH_NAMES]
    elif c == 'p':
        names = ['am', 'pm']
    elif c == 'Z':
        names = {'utc', 'gmt'}
        for tzn in getattr(_time, 'tzname', ()):
            names.add(tzn.lower())
        names = list(names)
    elif c == 'z':
        if low.startswith('z') and s[i] == 'Z':
            return ['Z']
        if not low or low[0] not in '+-':
            return []
        j = 1
        t = low

        def two(p):
            return p + 2 <= len(t) and t[p] in _D and t[p + 1] in _D

        if not two(j):
            return []
        j += 2
        if j < len(t) and t[j] == ':':
            j += 1
        if not (j + 2 <= len(t) and t[j] in '012345' and t[j + 1] in _D):
            return []
        j += 2
        best = j
        k = j
        if k < len(t) and t[k] == ':':
            k += 1
        if k + 2 <= len(t) and t[k] in '012345' and t[k + 1] in _D:
            k += 2
            best = k
            if k < len(t) and t[k] == '.':
                m = k + 1
                while m < len(t) and m - k - 1 < 6 and t[m] in _D:
                    m += 1
                if m > k + 1:
                    best = m
        return [s[i:i + best]]
    else:
        return out
    for name in _names_by_length(names):
        if low.startswith(name):
            out.append(s[i:i + len(name)])
    return out


def _match(tokens, ti, s, si, found):
    if ti == len(tokens):
        return si
    tok = tokens[ti]
    kind = tok[0]
    if kind == 'lit':
        if si < len(s) and s[si].lower() == tok[1].lower():
            return _match(tokens, ti + 1, s, si + 1, found)
        return -1
    if kind == 'ws':
        j = si
        while j < len(s) and s[j].isspace():
            j += 1
        if j == si:
            return -1
        # greedy with backtracking
        for k in range(j, si, -1):
            r = _match(tokens, ti + 1, s, k, found)
            if r >= 0:
                return r
        return -1
    c = tok[1]
    for cand in _candidates(c, s, si):
        prev = found.get(c)
        found[c] = cand
        r = _match(tokens, ti + 1, s, si + len(cand), found)
        if r >= 0:
            return r
        if prev is None:
            del found[c]
        else:
            found[c] = prev
    return -1


def _strptime_fields(data_string, format):
    if not isinstance(data_string, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(format).__name__)
    tokens = _expand_format(format)
    found = {}
    end = _match(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = us = 0
    julian = None
    weekday = None
    week_of_year = None
    week_start = None
    tzoffset = None
    tzname = None
    for c, v in found.items():
        if c == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif c == 'Y':
            year = int(v)
        elif c == 'm':
            month = int(v)
        elif c == 'B':
            month = [m.lower() for m in _MONTH_NAMES].index(v.lower()) + 1
        elif c == 'b':
            month = [m[:3].lower() for m in _MONTH_NAMES].index(v.lower()) + 1
        elif c == 'd':
            day = int(v)
        elif c == 'H':
            hour = int(v)
        elif c == 'I':
            hour = int(v)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0 if ampm else 12
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif c == 'M':
            minute = int(v)
        elif c == 'S':
            second = int(v)
        elif c == 'f':
            us = int(v + '0' * (6 - len(v)))
        elif c == 'A':
            weekday = [d.lower() for d in _DAY_NAMES].index(v.lower())
        elif c == 'a':
            weekday = [d[:3].lower() for d in _DAY_NAMES].index(v.lower())
        elif c == 'w':
            weekday = (int(v) - 1) % 7
        elif c == 'u':
            weekday = int(v) - 1
        elif c == 'j':
            julian = int(v)
        elif c in 'UW':
            week_of_year = int(v)
            week_start = 6 if c == 'U' else 0
        elif c == 'z':
            if v == 'Z' or v == 'z':
                tzoffset = timedelta(0)
            else:
                sign = -1 if v[0] == '-' else 1
                body = v[1:].replace(':', '')
                hh = int(body[0:2])
                mi = int(body[2:4])
                se = int(body[4:6]) if len(body) >= 6 else 0
                fr = body[7:] if len(body) > 7 else ''
                fus = int(fr + '0' * (6 - len(fr))) if fr else 0
                tzoffset = sign * timedelta(hours=hh, minutes=mi, seconds=se, microseconds=fus)
        elif c == 'Z':
            tzname = v
    if 'I' not in found and 'p' in found and 'H' not in found:
        pass
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        first = _ymd2ord(year, 1, 1)
        first_wd = (first + 6) % 7
        if week_start == 0:
            # Monday-based
            week0_monday = first - first_wd
            o = week0_monday + (week_of_year * 7) + weekday
            if first_wd == 0:
                o -= 7
        else:
            sunday_wd = (first_wd + 1) % 7
            week0_sunday = first - sunday_wd
            o = week0_sunday + week_of_year * 7 + (weekday + 1) % 7
            if sunday_wd == 0:
                o -= 7
        julian = o - first + 1
    if julian is not None:
        o = _ymd2ord(year, 1, 1) + julian - 1
        year, month, day = _ord2ymd(o) if 0 < o <= _MAXORDINAL else (year, month, day)
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, us, tzoffset, tzname)


def _strptime_datetime(cls, data_string, format):
    year, month, day, hour, minute, second, us, tzoffset, tzname = \
        _strptime_fields(data_string, format)
    tz = None
    if tzoffset is not None:
        if tzname:
            tz = timezone(tzoffset, tzname)
        else:
            tz = timezone(tzoffset)
    return cls(year, month, day, hour, minute, second, us, tz)
