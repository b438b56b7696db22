"""A fake clock so the demo is deterministic."""
EPOCH = 1_700_000_000
_now = [EPOCH]


def now():
    return _now[0]


def advance(seconds):
    _now[0] += seconds
    return _now[0]


def hours_between(a, b):
    return abs(b - a) / 3600
