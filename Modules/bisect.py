"""Bisection algorithms for keeping sorted lists sorted.

Only `<` is used to compare; with `key`, x is compared against key(a[i])
(x itself is already a key value for the bisect_* functions; insort_* apply
key to the item being inserted)."""


def _bounds(a, lo, hi):
    if not isinstance(lo, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(lo).__name__)
    if hi is not None and not isinstance(hi, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Every e in a[:i] has e <= x and every e in a[i:] has e > x, so x goes
    just after the rightmost existing entry equal to it."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    Every e in a[:i] has e < x and every e in a[i:] has e >= x, so x goes
    just before the leftmost existing entry equal to it."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x."""
    if key is None:
        pos = bisect_right(a, x, lo, hi)
    else:
        pos = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x."""
    if key is None:
        pos = bisect_left(a, x, lo, hi)
    else:
        pos = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(pos, x)


bisect = bisect_right
insort = insort_right
