"""Input checks used by models and views."""
from instaclone.config import SETTINGS

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._")


def valid_username(name):
    return 0 < len(name) <= 30 and set(name) <= USERNAME_CHARS


def valid_caption(text):
    return len(text) <= SETTINGS["max_caption"]
