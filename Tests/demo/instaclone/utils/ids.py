"""Sortable ids: a timestamp and a per-process sequence."""
from instaclone.utils import clock

_sequence = [0]
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def new_id(prefix):
    _sequence[0] += 1
    return f"{prefix}_{clock.now():x}{_sequence[0]:04d}"


def encode(n):
    digits = []
    while True:
        n, r = divmod(n, 36)
        digits.append(ALPHABET[r])
        if n == 0:
            return "".join(reversed(digits))
