"""JSON token scanner (the scanner lives in json.decoder; re-exported here)."""

from .decoder import py_make_scanner, make_scanner

__all__ = ['make_scanner']
