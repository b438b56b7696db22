"""Rarely used parts of Smolder's decimal module (exp/ln/power/format), loaded on demand."""

import math as _math
from decimal import (Decimal, Context, localcontext, getcontext, MAX_EMAX, MIN_EMIN,
                     Inexact, Rounded, InvalidOperation, ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN,
                     _round_int, _ndigits, _quiet_copy)


def power_general(self, other, context, sign):
    # x**y = exp(y * ln(x)) computed with extra precision, then rounded.
    extra = 12
    while True:
        with localcontext() as ctx:
            ctx.prec = context.prec + extra
            ctx.Emax = MAX_EMAX
            ctx.Emin = MIN_EMIN
            ctx.traps[Inexact] = False
            ctx.rounding = ROUND_HALF_EVEN
            val = (other * abs(self).ln()).exp()
        # check the result is not too close to a rounding boundary
        r1 = Decimal._make(sign, val._int, val._exp)
        a = r1._fix(_quiet_copy(context, ROUND_DOWN))
        b = r1._fix(_quiet_copy(context, ROUND_UP))
        if a == b or extra > 60:
            break
        lo = Decimal._make(0, val._int - 1, val._exp)._fix(_quiet_copy(context, context.rounding))
        hi = Decimal._make(0, val._int + 1, val._exp)._fix(_quiet_copy(context, context.rounding))
        if lo == hi:
            break
        extra += 20
    res = r1._fix(context)
    context._raise(Inexact)
    context._raise(Rounded)
    return res

# exp / ln via series with argument reduction
def exp(self, context=None):
    if context is None:
        context = getcontext()
    if self._special:
        r = self._check_nans(None, context)
        if r is not None:
            return r
        return Decimal(0) if self._sign else self
    if not self._int:
        return Decimal(1)
    prec = context.prec
    with localcontext() as ctx:
        ctx.prec = prec + 10
        ctx.Emax = MAX_EMAX
        ctx.Emin = MIN_EMIN
        ctx.traps[Inexact] = False
        x = +self
        # reduce: x = y * 2**k with |y| < 0.5
        k = 0
        while abs(x) > Decimal('0.5'):
            x = x / 2
            k += 1
        ctx.prec = prec + 10 + k // 3 + 5
        term = Decimal(1)
        total = Decimal(1)
        i = 1
        while True:
            term = term * x / i
            new = total + term
            if new == total:
                break
            total = new
            i += 1
        for _ in range(k):
            total = total * total
    res = total._fix(context) if False else (+total if False else total)
    res = Decimal._make(res._sign, res._int, res._exp)._fix(context)
    context._raise(Inexact)
    context._raise(Rounded)
    return res

def ln(self, context=None):
    if context is None:
        context = getcontext()
    if self._special:
        r = self._check_nans(None, context)
        if r is not None:
            return r
        if self._sign:
            return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
        return self
    if not self._int:
        return Decimal._make(1, 0, 0, 'F')
    if self._sign:
        return context._raise(InvalidOperation, Decimal._make(0, 0, 0, 'n'))
    if self == 1:
        return Decimal(0)
    prec = context.prec
    with localcontext() as ctx:
        ctx.prec = prec + 15
        ctx.Emax = MAX_EMAX
        ctx.Emin = MIN_EMIN
        ctx.traps[Inexact] = False
        # x = m * 10**e with m in [0.1, 1)
        e = self.adjusted() + 1
        m = Decimal._make(0, self._int, self._exp - e)
        # ln(m) via atanh series: ln(m) = 2*atanh((m-1)/(m+1)), after sqrt reductions
        k = 0
        while abs(m - 1) > Decimal('0.1'):
            m = m.sqrt()
            k += 1
        z = (m - 1) / (m + 1)
        z2 = z * z
        term = z
        total = z
        i = 3
        while True:
            term = term * z2
            new = total + term / i
            if new == total:
                break
            total = new
            i += 2
        lnm = total * 2 * (2 ** k)
        if e:
            lnm = lnm + e * _ln10(ctx.prec + 5)
    res = Decimal._make(lnm._sign, lnm._int, lnm._exp)._fix(context)
    context._raise(Inexact)
    context._raise(Rounded)
    return res

def log10(self, context=None):
    if context is None:
        context = getcontext()
    if not self._special and self._int and not self._sign:
        # exact powers of ten
        s = str(self._int).rstrip('0')
        if s == '1':
            return Decimal(self.adjusted())._fix(context)
    with localcontext() as ctx:
        ctx.prec = context.prec + 10
        ctx.traps[Inexact] = False
        r = self.ln(ctx)
        if r._special:
            return r
        r = r / _ln10(ctx.prec + 5)
    return Decimal._make(r._sign, r._int, r._exp)._fix(context)


def format(self, specifier, context=None):
    if context is None:
        context = getcontext()
    spec = _parse_format_spec(specifier)
    typ = spec['type']
    sign = self._sign
    if spec['sign'] == '+':
        signstr = '-' if sign else '+'
    elif spec['sign'] == ' ':
        signstr = '-' if sign else ' '
    else:
        signstr = '-' if sign else ''
    if self._special:
        body = str(Decimal._make(0, self._int, self._exp, self._special))
        if typ == '%':
            body += '%'
        return _pad(signstr, body, spec)
    prec = spec['precision']
    rounding = context.rounding
    c, exp = self._int, self._exp
    if typ is None:
        capitals = bool(context.capitals)
        if prec is None:
            eflag = 'E' if capitals else 'e'
            typ2 = 'g'
        else:
            eflag = 'E' if capitals else 'e'
            typ2 = 'g'
    else:
        eflag = 'E' if typ in 'EFG' else 'e'
        typ2 = typ.lower()
    if typ2 == '%':
        exp += 2
    # rounding
    if prec is not None:
        if typ2 in 'fF%' or typ2 == 'f':
            target = -prec
            if exp < target:
                c, _ = _round_int(sign, c, target - exp, rounding)
                exp = target
            elif exp > target and False:
                pass
            if exp > target:
                c *= 10 ** (exp - target)
                exp = target
        elif typ2 == 'e':
            if c:
                nd = _ndigits(c)
                want = prec + 1
                if nd > want:
                    c, _ = _round_int(sign, c, nd - want, rounding)
                    exp += nd - want
                    if _ndigits(c) > want:
                        c //= 10
                        exp += 1
                elif nd < want:
                    c *= 10 ** (want - nd)
                    exp -= want - nd
        else:  # g / n / None
            p = prec if prec > 0 else 1
            if c:
                nd = _ndigits(c)
                if nd > p:
                    c, _ = _round_int(sign, c, nd - p, rounding)
                    exp += nd - p
                    if _ndigits(c) > p:
                        c //= 10
                        exp += 1
    digits = str(c)
    leftdigits = exp + len(digits)
    if typ2 == 'e':
        if not c and prec is not None:
            dotplace = 1 - prec
        else:
            dotplace = 1
    elif typ2 in 'f%':
        dotplace = leftdigits
    else:
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    if typ2 == 'e' and not c and prec is not None:
        # zero with explicit precision in scientific notation
        intpart = '0'
        fracpart = '0' * prec
        expo = exp + prec
    else:
        expo = leftdigits - dotplace
    if typ2 == 'e' or dotplace != leftdigits:
        expstr = '%s%+d' % (eflag, expo)
    else:
        expstr = ''
    if spec['thousands_sep']:
        intpart = _group(intpart, spec['thousands_sep'], spec)
    body = intpart + ('.' + fracpart if fracpart or spec['alt'] else '') + expstr
    if typ2 == '%':
        body += '%'
    return _pad(signstr, body, spec)



_LN10_CACHE = {}


def _ln10(prec):
    v = _LN10_CACHE.get(prec)
    if v is None:
        with localcontext() as ctx:
            ctx.prec = prec + 5
            ctx.traps[Inexact] = False
            # ln(10) = 3*ln(2) + ln(1.25); use atanh series on each
            def atanh_inv(n):
                # atanh(1/n)
                x = Decimal(1) / n
                x2 = x * x
                term = x
                total = x
                k = 3
                while True:
                    term = term * x2
                    new = total + term / k
                    if new == total:
                        return total
                    total = new
                    k += 2
            ln2 = 2 * atanh_inv(3)
            ln125 = 2 * atanh_inv(9)
            v = 3 * ln2 + ln125
        _LN10_CACHE[prec] = v
    return v


def _parse_format_spec(spec):
    res = {'fill': ' ', 'align': None, 'sign': '-', 'alt': False, 'zeropad': False,
           'minimumwidth': 0, 'thousands_sep': '', 'precision': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        res['fill'] = spec[0]
        res['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        res['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        res['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        res['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        res['zeropad'] = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        res['minimumwidth'] = int(spec[i:j])
    i = j
    if i < n and spec[i] == ',':
        res['thousands_sep'] = ','
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        res['precision'] = int(spec[i + 1:j])
        i = j
    if i < n:
        if n - i != 1 or spec[i] not in 'eEfFgGn%':
            raise ValueError('invalid format string')
        res['type'] = spec[i]
        i += 1
    if res['zeropad']:
        if res['align'] is None:
            res['fill'] = '0'
            res['align'] = '='
    if res['align'] is None:
        res['align'] = '>'
    return res


def _group(intpart, sep, spec):
    groups = []
    s = intpart
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    out = sep.join(reversed(groups))
    if spec['zeropad'] and spec['fill'] == '0' and spec['align'] == '=':
        pass
    return out


def _pad(sign, body, spec):
    width = spec['minimumwidth']
    fill = spec['fill']
    align = spec['align']
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padding = width - total
    if align == '<':
        return sign + body + fill * padding
    if align == '=':
        return sign + fill * padding + body
    if align == '^':
        half = padding // 2
        return fill * half + sign + body + fill * (padding - half)
    return fill * padding + sign + body
