"""Instaclone: a small Instagram-shaped app for trying lazy imports in the Smolder shell."""
VERSION = (0, 3, 1)
__version__ = ".".join(str(part) for part in VERSION)
